// Skills ▸ Dictionary (Edit ▸ Skills Dictionary…): the library's skills in a filterable table with the
// user's edits (SkillDictionary): add a skill, add an alias, merge a skill into another, ignore or
// un-ignore one. A refused edit shows its reason (which skill has that name) under the table and
// changes nothing. Listings are extracted again by the window once the dialog closed (changed()).
#pragma once

#include "skills/skilltaxonomy.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace jobdesk {

class BackgroundReader;
class Database;
class SkillDictionaryModel;
struct DictionarySkill;

class SkillDictionaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkillDictionaryDialog)

public:
    explicit SkillDictionaryDialog(const Database &db, QWidget *parent = nullptr);
    ~SkillDictionaryDialog() override;

    // Whether any edit was made.
    bool changed() const { return m_changed; }

    // The edits as the buttons make them once they asked; each returns false when refused, with the
    // reason shown. They act on the current skill where they need one.
    bool addSkill(const QString &name, SkillCategory category, const QStringList &aliases);
    bool addAlias(const QString &alias);
    bool mergeCurrentInto(const QString &target);
    bool toggleIgnored();

    // The last message shown under the table (what an edit did, or why it was refused).
    QString message() const;
    QLineEdit *filterField() const { return m_filter; }
    QTableView *table() const { return m_view; }
    SkillDictionaryModel *model() const { return m_model; }
    // Makes the skill of that id current (clearing a filter that hides it); false when it is not a row.
    bool selectSkill(qint64 id);

private:
    void askForSkill();
    void askForAlias();
    void askForMergeTarget();
    std::optional<DictionarySkill> current() const;
    // Runs `edit`; on success reloads, selects `select` (0: the current skill) and says `done`.
    bool apply(const std::function<qint64()> &edit, const std::function<QString()> &done);
    void reload(qint64 select);
    void showMessage(const QString &text, bool error);
    void updateActions();

    const Database &m_db;
    SkillDictionaryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_icon;
    QLabel *m_message;
    QPushButton *m_addSkill;
    QPushButton *m_addAlias;
    QPushButton *m_merge;
    QPushButton *m_ignore;
    BackgroundReader *m_counts = nullptr;
    bool m_changed = false;
};

} // namespace jobdesk
