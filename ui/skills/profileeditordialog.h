// Skills ▸ Edit Profiles…: the user's profiles ("me"; several allowed) and, for the chosen one, its
// headline, location and skills with level and years. Every edit is stored as it is made (no Save, no
// Cancel; ProfileSkillModel writes through ProfileStore); a refused edit says why under the table and
// changes nothing. The window refreshes the match scores when profilesChanged() was emitted.
#pragma once

#include "profiles/profilestore.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace jobdesk {

class Database;
class ProfileSkillModel;

class ProfileEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorDialog)

public:
    // Opens on `profileId` (0: the first profile, or an empty one offering to create one).
    ProfileEditorDialog(const Database &db, qint64 profileId, QWidget *parent = nullptr);
    // The same for the recruiter's candidates (ProfileKind::Candidate): made, renamed, deleted (erased)
    // and given skills by hand.
    ProfileEditorDialog(const Database &db, ProfileKind kind, qint64 profileId, QWidget *parent = nullptr);

    qint64 profileId() const;
    bool changed() const { return m_changed; }

    // What the buttons do once they asked; each returns false when refused, with the reason shown.
    bool createProfile(const QString &name);
    bool renameProfile(const QString &name);
    bool deleteProfile();
    // Adds a skill by name or alias of the dictionary (level 3) and makes it current.
    bool addSkill(const QString &nameOrAlias);
    void removeSelectedSkills();

    QString message() const;
    QTableView *table() const { return m_table; }
    ProfileSkillModel *model() const { return m_model; }

Q_SIGNALS:
    // A profile was created, renamed, removed or its skills changed.
    void profilesChanged();

private:
    void fillProfiles(qint64 select);
    void showProfile();
    void saveDetails();
    void fillCompletions();
    void showMessage(const QString &text, bool error);
    void markChanged();

    const Database &m_db;
    ProfileKind m_kind;
    QComboBox *m_profiles;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QLineEdit *m_headline;
    QLineEdit *m_location;
    QTableView *m_table;
    ProfileSkillModel *m_model;
    QLineEdit *m_addSkill;
    QCompleter *m_completer;
    QPushButton *m_remove;
    QLabel *m_message;
    bool m_changed = false;
};

} // namespace jobdesk
