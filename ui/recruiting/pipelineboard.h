// The pipeline board of one opening: a column per recruiter stage side by side, scrolling sideways, each
// a header (the stage's colour, name and count) over its candidate cards, every column a QListView on
// one PipelineBoardModel rooted at its stage. Cards are dragged between columns (the board scrolls when
// a drag nears its edge) or moved with their context menu, "Move to ▸ stage" (the menu key and
// Shift+F10 open it too); a moved card stays selected in its new column. Choosing a card emits
// pipelineActivated() so the window can show that pipeline. Without an opening, or with an opening
// without candidates, the board says so instead.
#pragma once

#include <QList>
#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListView;
class QScrollArea;
class QStackedWidget;
class QStyledItemDelegate;

namespace jobdesk {

class Database;
class PipelineBoardModel;

class PipelineBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoard)

public:
    explicit PipelineBoard(const Database &db, QWidget *parent = nullptr);

    PipelineBoardModel *model() const { return m_model; }
    // Shows the opening's board (a listing id; 0: none). Throws StoreError when the library cannot be
    // read.
    void setOpening(qint64 listingId);
    qint64 opening() const;
    // Re-reads the board after changes made elsewhere; cards move, come and go in place.
    void reload();
    // The list of cards of the stage's column, nullptr when the board has no such stage.
    QListView *columnView(qint64 stageId) const;

Q_SIGNALS:
    // A card became the current one of its column, or was clicked or activated.
    void pipelineActivated(qint64 pipelineId);
    // A move was refused or failed (PipelineBoardModel::moveFailed); the message is for people.
    void moveFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column
    {
        QWidget *frame = nullptr;
        QLabel *dot = nullptr;
        QLabel *title = nullptr;
        QLabel *count = nullptr;
        QListView *view = nullptr;
        QPersistentModelIndex stage;
    };

    void rebuildColumns();
    Column makeColumn(const QModelIndex &stage);
    void updateHeaders(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateHeader(const Column &column);
    void updateEmptyState();
    void cardChosen(const QModelIndex &index);
    void followMovedCards();
    void showCardMenu(QListView *view, const QPoint &position);
    QListView *viewFor(const QModelIndex &stage) const;
    void scrollWhileDragging(const QPoint &boardPosition);

    PipelineBoardModel *m_model;
    QStyledItemDelegate *m_delegate;
    QStackedWidget *m_pages;
    QLabel *m_emptyLabel;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QHBoxLayout *m_columnsLayout;
    QList<Column> m_columns;
    // Set while the model removes, moves or resets rows: the selection models then move the current
    // card on their own, which is not the user choosing one.
    bool m_modelChanging = false;
    // Scrolls the board sideways while a drag hovers near its left or right edge.
    QTimer m_dragScroll;
    int m_dragScrollStep = 0;
};

} // namespace jobdesk
