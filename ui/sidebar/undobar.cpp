#include "undobar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace jobdesk {

UndoBar::UndoBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undo(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_undo->setText(tr("&Undo"));
    m_undo->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);
    m_timer->setSingleShot(true);
    m_timer->setInterval(ShownMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QToolButton::clicked, this, &UndoBar::undo);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void UndoBar::offer(const QString &message, std::function<void()> undo)
{
    m_action = std::move(undo);
    m_label->setText(message);
    m_undo->setVisible(bool(m_action));
    show();
    m_timer->start();
}

void UndoBar::showMessage(const QString &message)
{
    offer(message, {});
}

QString UndoBar::message() const
{
    return m_label->text();
}

void UndoBar::undo()
{
    const std::function<void()> action = std::exchange(m_action, {});
    hide();
    if (action)
        action();
}

} // namespace jobdesk
