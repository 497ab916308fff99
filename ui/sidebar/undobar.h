// A slim strip under a list that says what just happened ("Deleted “Remote jobs”") with an Undo button,
// and hides itself after a while: undo without a confirmation dialog in the way. Also shows plain
// messages (an error) the same way.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QTimer;
class QToolButton;

namespace jobdesk {

class UndoBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoBar)

public:
    static constexpr int ShownMs = 10000;

    explicit UndoBar(QWidget *parent = nullptr);

    // Shows `message` with Undo, which calls `undo` once. A newer offer replaces this one.
    void offer(const QString &message, std::function<void()> undo);
    void showMessage(const QString &message);
    QToolButton *undoButton() const { return m_undo; }
    QString message() const;

private:
    void undo();

    QLabel *m_label;
    QToolButton *m_undo;
    QToolButton *m_close;
    QTimer *m_timer;
    std::function<void()> m_action;
};

} // namespace jobdesk
