#include "skilldictionarydialog.h"

#include "skills/skilldictionary.h"
#include "skills/skilldictionarymodel.h"
#include "store/backgroundreader.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

// A small form: a label over a line edit (with completion when `names` is given), OK and Cancel.
// Empty when cancelled.
struct SkillForm
{
    QString name;
    SkillCategory category = SkillCategory::Other;
    QStringList aliases;
};

std::optional<SkillForm> askSkill(QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(SkillDictionaryDialog::tr("Add Skill"));
    auto *name = new QLineEdit(&dialog);
    auto *category = new QComboBox(&dialog);
    for (int value = 1; value < skillCategoryCount; ++value)
        category->addItem(label(SkillCategory(value)), value);
    category->addItem(label(SkillCategory::Other), int(SkillCategory::Other));
    auto *aliases = new QLineEdit(&dialog);
    aliases->setPlaceholderText(SkillDictionaryDialog::tr("Other names, separated by commas"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(SkillDictionaryDialog::tr("&Name:"), name);
    form->addRow(SkillDictionaryDialog::tr("&Category:"), category);
    form->addRow(SkillDictionaryDialog::tr("&Aliases:"), aliases);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    SkillForm result{name->text(), SkillCategory(category->currentData().toInt()), {}};
    for (const QString &alias : aliases->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!alias.trimmed().isEmpty())
            result.aliases.append(alias.trimmed());
    }
    return result;
}

std::optional<QString> askTarget(QWidget *parent, const QString &source, const QStringList &names)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(SkillDictionaryDialog::tr("Merge Into"));
    auto *text = new QLabel(SkillDictionaryDialog::tr("Merge “%1” into the skill:").arg(source), &dialog);
    auto *target = new QLineEdit(&dialog);
    auto *completer = new QCompleter(names, target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    target->setCompleter(completer);
    text->setBuddy(target);
    auto *note = new QLabel(SkillDictionaryDialog::tr("Its name and aliases will find that skill, and the "
                                                      "listings and profiles that have it will have that "
                                                      "skill instead."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(SkillDictionaryDialog::tr("&Merge"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(target);
    layout->addWidget(note);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || target->text().trimmed().isEmpty())
        return std::nullopt;
    return target->text().trimmed();
}

} // namespace

SkillDictionaryDialog::SkillDictionaryDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new SkillDictionaryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_addSkill(new QPushButton(tr("Add &Skill…"), this))
    , m_addAlias(new QPushButton(tr("Add &Alias…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_ignore(new QPushButton(tr("&Ignore"), this))
{
    setWindowTitle(tr("Skills Dictionary"));
    m_filter->setPlaceholderText(tr("Filter by name or alias"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SkillDictionaryModel::FilterRole);
    m_proxy->setFilterKeyColumn(SkillDictionaryModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SkillDictionaryModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SkillDictionaryModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SkillDictionaryModel::Aliases, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(SkillDictionaryModel::Name, 18 * em);
    m_view->setColumnWidth(SkillDictionaryModel::Category, 11 * em);
    m_view->setColumnWidth(SkillDictionaryModel::Origin, 6 * em);
    m_view->setColumnWidth(SkillDictionaryModel::Ignored, 6 * em);
    m_view->setColumnWidth(SkillDictionaryModel::Listings, 6 * em);

    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_icon->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addSkill, m_addAlias, m_merge, m_ignore}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    buttons->addWidget(close);
    auto *message = new QHBoxLayout;
    message->addWidget(m_icon, 0, Qt::AlignTop);
    message->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(message);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SkillDictionaryDialog::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SkillDictionaryDialog::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SkillDictionaryDialog::updateActions);
    connect(m_addSkill, &QPushButton::clicked, this, &SkillDictionaryDialog::askForSkill);
    connect(m_addAlias, &QPushButton::clicked, this, &SkillDictionaryDialog::askForAlias);
    connect(m_merge, &QPushButton::clicked, this, &SkillDictionaryDialog::askForMergeTarget);
    connect(m_ignore, &QPushButton::clicked, this, &SkillDictionaryDialog::toggleIgnored);

    resize(900, 560);
    try {
        reload(0);
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
    }
    m_filter->setFocus();
}

SkillDictionaryDialog::~SkillDictionaryDialog()
{
    delete m_counts; // waits for a count in progress, which reports to the model
}

QString SkillDictionaryDialog::message() const
{
    return m_message->text();
}

bool SkillDictionaryDialog::selectSkill(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SkillDictionaryModel::Name));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, SkillDictionaryModel::Name));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

std::optional<DictionarySkill> SkillDictionaryDialog::current() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid())
        return std::nullopt;
    return m_model->skillAt(index.row());
}

void SkillDictionaryDialog::reload(qint64 select)
{
    const qint64 keep = select != 0 ? select : (current() ? current()->id : 0);
    m_model->reload(m_db);
    if (keep != 0)
        selectSkill(keep);
    // The counts read every listing's skills: on a thread of their own.
    if (!m_counts)
        m_counts =
            new BackgroundReader(m_db.path(), QStringLiteral("SkillCounts"), QThread::LowPriority, this);
    m_counts->submit([model = m_model](const BackgroundReader::Context &context) {
        const QHash<qint64, int> counts = SkillDictionary::listingCounts(context.db);
        if (!context.stale())
            QMetaObject::invokeMethod(model, [model, counts] { model->setListingCounts(counts); });
    });
    updateActions();
}

void SkillDictionaryDialog::showMessage(const QString &text, bool error)
{
    m_icon->setVisible(error);
    m_message->setText(text);
}

void SkillDictionaryDialog::updateActions()
{
    const std::optional<DictionarySkill> skill = current();
    m_addAlias->setEnabled(skill.has_value());
    m_merge->setEnabled(skill && !skill->ignored);
    m_ignore->setEnabled(skill.has_value());
    m_ignore->setText(skill && skill->ignored ? tr("Un-&ignore") : tr("&Ignore"));
}

bool SkillDictionaryDialog::apply(const std::function<qint64()> &edit, const std::function<QString()> &done)
{
    try {
        const qint64 select = edit();
        m_changed = true;
        reload(select);
        showMessage(done(), false);
        return true;
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
        return false;
    }
}

bool SkillDictionaryDialog::addSkill(const QString &name, SkillCategory category, const QStringList &aliases)
{
    return apply([&] { return SkillDictionary(m_db).addSkill(name, category, aliases); },
                 [&] {
                     return tr("Added “%1”. Listings are searched for it when you close this window.")
                         .arg(name.trimmed());
                 });
}

bool SkillDictionaryDialog::addAlias(const QString &alias)
{
    const std::optional<DictionarySkill> skill = current();
    if (!skill)
        return false;
    return apply(
        [&] {
            SkillDictionary(m_db).addAlias(skill->id, alias);
            return skill->id;
        },
        [&] { return tr("“%1” now finds “%2”.").arg(alias.trimmed(), skill->name); });
}

bool SkillDictionaryDialog::mergeCurrentInto(const QString &target)
{
    const std::optional<DictionarySkill> skill = current();
    if (!skill)
        return false;
    MergeResult result;
    QString into;
    return apply(
        [&] {
            SkillDictionary dictionary(m_db);
            const std::optional<DictionarySkill> found = dictionary.find(target);
            if (!found)
                throw StoreError(tr("There is no skill “%1” in the dictionary.").arg(target.trimmed()));
            into = found->name;
            result = dictionary.merge(skill->id, found->id);
            return found->id;
        },
        [&] {
            return tr("Merged “%1” into “%2” (%3 listing(s) and %4 profile(s) had “%1”).")
                .arg(skill->name, into)
                .arg(result.listings)
                .arg(result.profiles);
        });
}

bool SkillDictionaryDialog::toggleIgnored()
{
    const std::optional<DictionarySkill> skill = current();
    if (!skill)
        return false;
    return apply(
        [&] {
            SkillDictionary(m_db).setIgnored(skill->id, !skill->ignored);
            return skill->id;
        },
        [&] {
            return skill->ignored ? tr("“%1” is found in listings again.").arg(skill->name)
                                  : tr("“%1” is ignored: listings no longer ask for it.").arg(skill->name);
        });
}

void SkillDictionaryDialog::askForSkill()
{
    if (const std::optional<SkillForm> form = askSkill(this))
        addSkill(form->name, form->category, form->aliases);
}

void SkillDictionaryDialog::askForAlias()
{
    const std::optional<DictionarySkill> skill = current();
    if (!skill)
        return;
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Add Alias"),
                                                tr("Another name listings use for “%1”:").arg(skill->name),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok && !alias.trimmed().isEmpty())
        addAlias(alias);
}

void SkillDictionaryDialog::askForMergeTarget()
{
    const std::optional<DictionarySkill> skill = current();
    if (!skill)
        return;
    QStringList names;
    names.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DictionarySkill &other = m_model->skillAt(row);
        if (other.id != skill->id && !other.ignored)
            names.append(other.name);
    }
    if (const std::optional<QString> target = askTarget(this, skill->name, names))
        mergeCurrentInto(*target);
}

} // namespace jobdesk
