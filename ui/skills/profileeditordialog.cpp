#include "skills/profileeditordialog.h"

#include "profiles/profileskillmodel.h"
#include "profiles/profilestore.h"
#include "skills/skilldictionary.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

// Level: a spin box 1..5; years: 0..60 in halves, 0 shown as "not stated".
class SkillLevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == ProfileSkillModel::Level) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(ProfileStore::MinLevel, ProfileStore::MaxLevel);
            spin->setFrame(false);
            return spin;
        }
        if (index.column() == ProfileSkillModel::Years) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(0, 60);
            spin->setDecimals(1);
            spin->setSingleStep(0.5);
            spin->setSpecialValueText(QObject::tr("not stated"));
            spin->setFrame(false);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};

} // namespace

ProfileEditorDialog::ProfileEditorDialog(const Database &db, qint64 profileId, QWidget *parent)
    : ProfileEditorDialog(db, ProfileKind::Me, profileId, parent)
{}

ProfileEditorDialog::ProfileEditorDialog(const Database &db, ProfileKind kind, qint64 profileId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(kind)
    , m_profiles(new QComboBox(this))
    , m_rename(new QPushButton(tr("Rename…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_headline(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new ProfileSkillModel(db, this))
    , m_addSkill(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(kind == ProfileKind::Me ? tr("Profiles") : tr("Candidates"));
    setObjectName(QStringLiteral("profileEditor"));
    m_profiles->setObjectName(QStringLiteral("profileChooser"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *create = new QPushButton(tr("New…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(kind == ProfileKind::Me ? tr("Profile") : tr("Candidate"), this));
    top->addWidget(m_profiles, 1);
    top->addWidget(create);
    top->addWidget(m_rename);
    top->addWidget(m_delete);

    m_headline->setPlaceholderText(tr("e.g. Back-end developer, 6 years"));
    m_location->setPlaceholderText(tr("e.g. Berlin or Remote"));
    auto *details = new QFormLayout;
    details->addRow(tr("Headline"), m_headline);
    details->addRow(tr("Location"), m_location);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new SkillLevelDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProfileSkillModel::Skill, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ProfileSkillModel::Category,
                                                      QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);

    m_addSkill->setObjectName(QStringLiteral("profileAddSkill"));
    m_addSkill->setPlaceholderText(tr("Add a skill: type its name and press Enter"));
    m_addSkill->setClearButtonEnabled(true);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModel(new QStringListModel(m_completer));
    m_addSkill->setCompleter(m_completer);
    auto *add = new QHBoxLayout;
    add->addWidget(m_addSkill, 1);
    add->addWidget(m_remove);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(
        tr("Levels count in the match score: 1 beginner … 5 expert. Double-click a level or years to "
           "change it; every change is saved at once."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(details);
    layout->addWidget(m_table, 1);
    layout->addLayout(add);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 520);

    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New Profile"), tr("Name:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            createProfile(name);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename Profile"), tr("Name:"), QLineEdit::Normal,
                                                   m_profiles->currentText(), &ok);
        if (ok)
            renameProfile(name);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString question =
            m_kind == ProfileKind::Me
                ? tr("Delete the profile “%1” and its skills?").arg(m_profiles->currentText())
                : tr("Delete the candidate “%1”? Everything held about them (skills, pipelines, notes, "
                     "history) "
                     "is erased from the library.")
                      .arg(m_profiles->currentText());
        if (QMessageBox::question(this,
                                  m_kind == ProfileKind::Me ? tr("Delete Profile") : tr("Delete Candidate"),
                                  question) == QMessageBox::Yes)
            deleteProfile();
    });
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ProfileEditorDialog::showProfile);
    connect(m_headline, &QLineEdit::editingFinished, this, &ProfileEditorDialog::saveDetails);
    connect(m_location, &QLineEdit::editingFinished, this, &ProfileEditorDialog::saveDetails);
    connect(m_addSkill, &QLineEdit::returnPressed, this, [this] {
        if (addSkill(m_addSkill->text()))
            m_addSkill->clear();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                if (addSkill(name))
                    QMetaObject::invokeMethod(m_addSkill, &QLineEdit::clear, Qt::QueuedConnection);
            });
    connect(m_remove, &QPushButton::clicked, this, &ProfileEditorDialog::removeSelectedSkills);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ProfileEditorDialog::removeSelectedSkills);
    connect(m_model, &ProfileSkillModel::editFailed, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &ProfileSkillModel::profileEdited, this, &ProfileEditorDialog::markChanged);

    fillCompletions();
    fillProfiles(profileId);
}

qint64 ProfileEditorDialog::profileId() const
{
    return m_profiles->currentData().toLongLong();
}

void ProfileEditorDialog::fillProfiles(qint64 select)
{
    QList<Profile> profiles;
    try {
        profiles = ProfileStore(m_db).list(m_kind);
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
    }
    {
        const QSignalBlocker blocker(m_profiles);
        m_profiles->clear();
        for (const Profile &profile : profiles)
            m_profiles->addItem(profile.name, profile.id);
        const int index = m_profiles->findData(select);
        m_profiles->setCurrentIndex(index >= 0 ? index : 0);
    }
    showProfile();
}

void ProfileEditorDialog::showProfile()
{
    const qint64 id = profileId();
    const bool any = id > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_rename), static_cast<QWidget *>(m_delete),
                            static_cast<QWidget *>(m_headline), static_cast<QWidget *>(m_location),
                            static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_addSkill),
                            static_cast<QWidget *>(m_remove)})
        widget->setEnabled(any);
    std::optional<Profile> profile;
    try {
        profile = any ? ProfileStore(m_db).find(id) : std::nullopt;
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
    }
    m_headline->setText(profile ? profile->headline : QString());
    m_location->setText(profile ? profile->location : QString());
    m_model->setProfile(profile ? id : 0);
    if (!any)
        showMessage(tr("No profile yet: press New… to make one, or import a JSON Resume (File ▸ Import "
                       "Profile…)."),
                    false);
}

void ProfileEditorDialog::saveDetails()
{
    const qint64 id = profileId();
    if (id == 0)
        return;
    try {
        ProfileStore store(m_db);
        const std::optional<Profile> profile = store.find(id);
        if (!profile || (profile->headline == m_headline->text().trimmed() &&
                         profile->location == m_location->text().trimmed()))
            return;
        store.setDetails(id, m_headline->text().trimmed(), m_location->text().trimmed());
        markChanged();
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
    }
}

void ProfileEditorDialog::fillCompletions()
{
    QStringList names;
    try {
        for (const DictionarySkill &skill : SkillDictionary(m_db).skills()) {
            if (!skill.ignored)
                names.append(skill.name);
        }
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
    }
    static_cast<QStringListModel *>(m_completer->model())->setStringList(names);
}

bool ProfileEditorDialog::createProfile(const QString &name)
{
    try {
        const qint64 id = ProfileStore(m_db).create(name.trimmed(), m_kind);
        fillProfiles(id);
        markChanged();
        showMessage(tr("Profile “%1” created: add the skills you have below.").arg(name.trimmed()), false);
        m_addSkill->setFocus();
        return true;
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
        return false;
    }
}

bool ProfileEditorDialog::renameProfile(const QString &name)
{
    const qint64 id = profileId();
    if (id == 0)
        return false;
    try {
        ProfileStore(m_db).rename(id, name.trimmed());
        fillProfiles(id);
        markChanged();
        return true;
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
        return false;
    }
}

bool ProfileEditorDialog::deleteProfile()
{
    const qint64 id = profileId();
    if (id == 0)
        return false;
    const QString name = m_profiles->currentText();
    try {
        ProfileStore(m_db).remove(id);
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
        return false;
    }
    fillProfiles(0);
    markChanged();
    showMessage(tr("Profile “%1” deleted.").arg(name), false);
    return true;
}

bool ProfileEditorDialog::addSkill(const QString &nameOrAlias)
{
    const QString text = nameOrAlias.trimmed();
    if (text.isEmpty() || profileId() == 0)
        return false;
    std::optional<DictionarySkill> skill;
    try {
        skill = SkillDictionary(m_db).find(text);
    } catch (const StoreError &error) {
        showMessage(error.message(), true);
        return false;
    }
    if (skill && skill->mergedInto) {
        try {
            skill = SkillDictionary(m_db).skill(*skill->mergedInto);
        } catch (const StoreError &error) {
            showMessage(error.message(), true);
            return false;
        }
    }
    if (!skill) {
        showMessage(
            tr("“%1” is not in the skills dictionary. Add it there first (Edit ▸ Skills Dictionary…).")
                .arg(text),
            true);
        return false;
    }
    if (skill->ignored) {
        showMessage(
            tr("“%1” is ignored in the skills dictionary, so no listing asks for it.").arg(skill->name),
            true);
        return false;
    }
    const bool had = m_model->rowOfSkill(skill->id) >= 0;
    const int row = m_model->addSkill(skill->id);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, ProfileSkillModel::Level));
    m_table->scrollTo(m_table->currentIndex());
    showMessage(had ? tr("The profile already has %1.").arg(skill->name)
                    : tr("Added %1 at level 3; change the level if it is not right.").arg(skill->name),
                false);
    return true;
}

void ProfileEditorDialog::removeSelectedSkills()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    m_model->removeSkills(rows);
}

QString ProfileEditorDialog::message() const
{
    return m_message->text();
}

void ProfileEditorDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    if (!error) {
        m_message->setPalette(QPalette()); // the window's, whatever the theme
        return;
    }
    // A red that reads on the window's background, light or dark.
    QPalette palette = m_message->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    m_message->setPalette(palette);
}

void ProfileEditorDialog::markChanged()
{
    m_changed = true;
    Q_EMIT profilesChanged();
}

} // namespace jobdesk
