#include "firststartoffer.h"

#include "store/database.h"
#include "store/sql.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace jobdesk {
namespace {

const QString answeredKey = QStringLiteral("firstStart/offerAnswered");

} // namespace

FirstStartOffer::FirstStartOffer(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstStartOffer"));
    setFrameShape(QFrame::StyledPanel);
    auto *text = new QLabel(tr("Your library is empty. Start with the sample listings to look around, or "
                               "import your own files."),
                            this);
    text->setWordWrap(true);
    auto *samples = new QPushButton(tr("Load the Sample Listings"), this);
    samples->setObjectName(QStringLiteral("loadSamples"));
    auto *import = new QPushButton(tr("Import Files…"), this);
    import->setObjectName(QStringLiteral("importFiles"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("dismiss"));
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Not now"));
    close->setAccessibleName(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(text, 1);
    layout->addWidget(samples);
    layout->addWidget(import);
    layout->addWidget(close);

    connect(samples, &QPushButton::clicked, this, [this] {
        answered();
        Q_EMIT loadSamplesRequested();
    });
    connect(import, &QPushButton::clicked, this, [this] {
        answered();
        Q_EMIT importRequested();
    });
    connect(close, &QToolButton::clicked, this, &FirstStartOffer::answered);
}

bool FirstStartOffer::wanted(Database &db)
{
    if (QSettings().value(answeredKey, false).toBool())
        return false;
    if (QFileInfo(db.path()).absoluteFilePath() != QFileInfo(Database::defaultPath()).absoluteFilePath())
        return false;
    // The first row or none, not count(*): a start never waits on the size of the library.
    return !sql::scalar(db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM listings)")).toBool();
}

void FirstStartOffer::answered()
{
    QSettings().setValue(answeredKey, true);
    hide();
    deleteLater();
}

} // namespace jobdesk
