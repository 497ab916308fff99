#include "teamlibrarydialog.h"

#include "store/librarylocation.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

const QString lastAddressKey = QStringLiteral("teamLibrary/lastAddress");
const QString sslMode = QStringLiteral("sslmode");

QString systemUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

TeamLibraryDialog::TeamLibraryDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_encryption(new QComboBox(this))
    , m_address(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("teamLibraryDialog"));
    setWindowTitle(tr("Open Team Library"));
    m_host->setObjectName(QStringLiteral("server"));
    m_host->setPlaceholderText(tr("db.example.org, or paste a postgresql:// address"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("recruiting"));
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(systemUserName());
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_encryption->addItem(tr("When the server offers it"), QString());
    m_encryption->addItem(tr("Always"), QStringLiteral("require"));
    m_encryption->addItem(tr("Always, with the server's certificate verified"),
                          QStringLiteral("verify-full"));
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_address->setForegroundRole(QPalette::PlaceholderText);

    auto *intro = new QLabel(tr("A team library is a PostgreSQL database the team shares. The password is "
                                "asked for when the server wants one and kept only until Jobdesk quits."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Member name:"), m_user);
    form->addRow(tr("&Encryption:"), m_encryption);
    form->addRow(tr("Address:"), m_address);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_host, &QLineEdit::editingFinished, this, &TeamLibraryDialog::serverEdited);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamLibraryDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamLibraryDialog::update);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &TeamLibraryDialog::update);
    setAddress(lastAddress());
    update();
    setMinimumWidth(460);
}

QString TeamLibraryDialog::lastAddress()
{
    return QSettings().value(lastAddressKey).toString();
}

QString TeamLibraryDialog::address() const
{
    const QString host = m_host->text().trimmed();
    if (LibraryLocation::isServerAddress(host)) { // pasted, not yet taken apart
        try {
            return LibraryLocation::parse(host).toString();
        } catch (const StoreError &) {
            return {};
        }
    }
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() || database.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed().isEmpty() ? systemUserName() : m_user->text().trimmed());
    url.setHost(host);
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query(m_otherOptions);
    if (const QString mode = m_encryption->currentData().toString(); !mode.isEmpty())
        query.addQueryItem(sslMode, mode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.isValid() ? url.toString() : QString();
}

bool TeamLibraryDialog::setAddress(const QString &address)
{
    if (!LibraryLocation::isServerAddress(address))
        return false;
    LibraryLocation location;
    try {
        location = LibraryLocation::parse(address);
    } catch (const StoreError &) {
        return false;
    }
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.databaseName());
    m_user->setText(location.user());
    QUrlQuery others;
    int encryption = 0;
    const QStringList options = location.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &option : options) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        const QString value = option.section(QLatin1Char('='), 1);
        if (key != sslMode) {
            others.addQueryItem(key, value);
            continue;
        }
        encryption = m_encryption->findData(value);
        if (encryption < 0) { // disable, allow, prefer, verify-ca: kept under libpq's own name
            m_encryption->addItem(value, value);
            encryption = m_encryption->count() - 1;
        }
    }
    m_encryption->setCurrentIndex(encryption);
    m_otherOptions = others.toString();
    update();
    return true;
}

void TeamLibraryDialog::serverEdited()
{
    // A whole address pasted (or typed) into the server field fills every field once the user moves on.
    const QString text = m_host->text().trimmed();
    if (LibraryLocation::isServerAddress(text))
        setAddress(text);
}

void TeamLibraryDialog::update()
{
    const QString text = address();
    QString problem;
    if (text.isEmpty()) {
        problem = tr("Name the server and the database.");
    } else {
        try {
            LibraryLocation::parse(text);
        } catch (const StoreError &error) {
            problem = error.message();
        }
    }
    m_address->setText(problem.isEmpty() ? text : problem);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

void TeamLibraryDialog::accept()
{
    serverEdited();
    if (address().isEmpty())
        return;
    QSettings().setValue(lastAddressKey, address());
    QDialog::accept();
}

} // namespace jobdesk
