// Lists the hide rules (what they hide and how many listings each matches), removes them with Undo and
// adds company or title-pattern rules. Changes are written at once; rulesChanged() tells the window to
// reload what it shows.
#pragma once

#include "views/hiderules.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace jobdesk {

class Database;
class UndoBar;

class HideRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HideRulesDialog)

public:
    enum Column
    {
        KindColumn,
        PatternColumn,
        CountColumn,
        ColumnCount
    };

    explicit HideRulesDialog(const Database &db, QWidget *parent = nullptr);

    QTreeWidget *rulesList() const { return m_list; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    UndoBar *undoBar() const { return m_undoBar; }

Q_SIGNALS:
    void rulesChanged();

private:
    void reload(qint64 selectId = 0);
    void addRule();
    void removeSelected();
    void updateButtons();
    void updatePlaceholder();
    void showError(const QString &message);

    HideRuleStore m_store;
    QTreeWidget *m_list;
    QComboBox *m_kind;
    QLineEdit *m_pattern;
    QPushButton *m_add;
    QPushButton *m_remove;
    UndoBar *m_undoBar;
};

} // namespace jobdesk
