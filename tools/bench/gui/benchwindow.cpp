#include "benchwindow.h"

#include "benchclock.h"
#include "rununtil.h"

#include "listings/listingtablemodel.h"
#include "mainwindow.h"
#include "skills/skillgappane.h"
#include "store/database.h"
#include "theme.h"

#include <QEvent>

#include <utility>

namespace jobdesk::bench {
namespace {

// Calls `painted` once, after the first frame of the watched window: the window gets its paint event
// before its children, so the call is queued behind the rest of that frame.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QObject *parent, std::function<void()> painted)
        : QObject(parent)
        , m_painted(std::move(painted))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_painted) {
            QMetaObject::invokeMethod(this, std::exchange(m_painted, {}), Qt::QueuedConnection);
            watched->removeEventFilter(this);
        }
        return false;
    }

private:
    std::function<void()> m_painted;
};

} // namespace

BenchWindow::BenchWindow(const QString &libraryPath)
{
    m_startMs = nowMs();
    applyTheme(savedTheme());
    m_db = std::make_unique<Database>(libraryPath);
    m_openedMs = nowMs();
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->installEventFilter(new FirstPaint(m_window.get(), [this] { m_paintedMs = nowMs(); }));
    ListingTableModel *model = m_window->listingModel();
    QObject::connect(model, &ListingTableModel::loaded, m_window.get(), [this, model] {
        if (m_loadedMs < 0 && !model->isLoading())
            m_loadedMs = nowMs();
    });
    QObject::connect(m_window->skillGapPane(), &SkillGapPane::viewAnalysed, m_window.get(), [this] {
        if (m_analysedMs < 0)
            m_analysedMs = nowMs();
    });
    m_shownMs = nowMs();
    m_window->show();
}

BenchWindow::~BenchWindow()
{
    m_window.reset(); // before the library it reads
}

bool BenchWindow::waitUntilReady(double timeoutMs)
{
    return runUntil([this] { return m_loadedMs >= 0 && m_analysedMs >= 0; }, timeoutMs);
}

} // namespace jobdesk::bench
