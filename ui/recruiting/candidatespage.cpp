#include "candidatespage.h"

#include "profiles/profilestore.h"
#include "recruiting/candidatestore.h"
#include "recruiting/candidatetablemodel.h"
#include "recruiting/pipelinestore.h"
#include "recruiting/rankmodel.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace jobdesk {

CandidatesPage::CandidatesPage(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_searchError(new QLabel(this))
    , m_typing(new QTimer(this))
    , m_model(new CandidateTableModel(db, this))
    , m_table(new QTableView(this))
    , m_title(new QLabel(this))
    , m_tags(new QLineEdit(this))
    , m_skills(new QPlainTextEdit(this))
    , m_rank(new RankModel(db, this))
    , m_openings(new QTableView(this))
    , m_add(new QPushButton(tr("Add to &Pipeline"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("candidatesPage"));
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setPlaceholderText(
        tr("Search candidates: words of the resume, title:, location:, skill:, tag:, status:"));
    m_search->setClearButtonEnabled(true);
    m_searchError->setWordWrap(true);
    m_searchError->hide();
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);

    m_table->setObjectName(QStringLiteral("candidateTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::TopSkills, QHeaderView::Stretch);
    m_table->setColumnWidth(CandidateTableModel::Name, 160);
    m_table->setColumnWidth(CandidateTableModel::Headline, 200);
    m_table->setColumnWidth(CandidateTableModel::Location, 130);
    m_table->horizontalHeader()->setSectionResizeMode(CandidateTableModel::ActivePipelines,
                                                      QHeaderView::ResizeToContents);

    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tags->setObjectName(QStringLiteral("candidateTags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    // Read-only, a few lines high, scrolling: a senior candidate lists dozens of skills.
    m_skills->setObjectName(QStringLiteral("candidateSkills"));
    m_skills->setReadOnly(true);
    m_skills->setFrameShape(QFrame::NoFrame);
    m_skills->viewport()->setAutoFillBackground(false);
    m_skills->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_skills->setFixedHeight(m_skills->fontMetrics().lineSpacing() * 4 + 8);
    m_openings->setObjectName(QStringLiteral("openingRanking"));
    m_openings->setModel(m_rank);
    m_openings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_openings->verticalHeader()->hide();
    m_openings->setAlternatingRowColors(true);
    m_openings->setWordWrap(false);
    m_openings->horizontalHeader()->setSectionResizeMode(RankModel::Score, QHeaderView::ResizeToContents);
    m_openings->horizontalHeader()->setSectionResizeMode(RankModel::Name, QHeaderView::Interactive);
    m_openings->horizontalHeader()->setSectionResizeMode(RankModel::Missing, QHeaderView::Stretch);
    m_openings->horizontalHeader()->setSectionResizeMode(RankModel::Stage, QHeaderView::ResizeToContents);
    m_openings->setColumnWidth(RankModel::Name, 220);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *side = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Skills"), m_skills);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_title);
    sideLayout->addLayout(form);
    sideLayout->addWidget(new QLabel(tr("Openings ranked by their match with this candidate"), side));
    sideLayout->addWidget(m_openings, 1);
    sideLayout->addWidget(m_message);
    sideLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({820, 500});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_searchError);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_typing, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CandidatesPage::showCandidate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidatesPage::showCandidate);
    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        if (candidate() > 0)
            setTags(m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &index : m_openings->selectionModel()->selectedRows())
            ids.append(index.data(RankModel::IdRole).toLongLong());
        if (ids.isEmpty())
            showError(tr("Choose the openings to add them to first."));
        else
            addToPipelines(ids);
    });
    reload();
}

QString CandidatesPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CandidatesPage::showError(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool CandidatesPage::search(const QString &text)
{
    m_typing->stop();
    search::CompileContext context;
    context.target = search::SearchTarget::Candidates;
    context.dialect = &m_db.dialect();
    const search::CompiledSearch compiled = search::compileSearch(text, context);
    if (!compiled.ok()) {
        m_searchError->setText(compiled.error->message);
        m_searchError->show();
        return false;
    }
    m_searchError->hide();
    const qint64 keep = candidate();
    try {
        m_model->setFilter(compiled.filter);
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    choose(keep);
    return true;
}

void CandidatesPage::reload()
{
    const qint64 keep = candidate();
    try {
        m_model->reload();
    } catch (const StoreError &error) {
        showError(error.message());
    }
    choose(keep);
}

qint64 CandidatesPage::candidate() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CandidateTableModel::IdRole).toLongLong() : 0;
}

void CandidatesPage::choose(qint64 profileId)
{
    int row = m_model->rowOf(profileId);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row < 0) {
        showCandidate();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    showCandidate();
}

void CandidatesPage::showCandidate()
{
    const qint64 id = candidate();
    showError({});
    const bool shown = id > 0;
    m_tags->setEnabled(shown);
    m_add->setEnabled(shown);
    if (!shown) {
        m_title->setText(m_model->rowCount() == 0
                             ? tr("No candidates. Import JSON Resume files (Candidates ▸ "
                                  "Import Resumes…) or add one by hand.")
                             : QString());
        m_tags->clear();
        m_skills->clear();
        m_rank->clear();
        Q_EMIT candidateChosen(0);
        return;
    }
    const CandidateSummary &summary = m_model->candidate(m_model->rowOf(id));
    QStringList parts{summary.name};
    if (!summary.headline.isEmpty())
        parts.append(summary.headline);
    if (!summary.location.isEmpty())
        parts.append(summary.location);
    m_title->setText(parts.join(QStringLiteral(" · ")));
    m_tags->setText(summary.tags.join(QStringLiteral(", ")));
    try {
        // Strongest first (the store gives them by name), with their level as dots.
        QList<ProfileSkill> held = ProfileStore(m_db).skills(id);
        std::stable_sort(held.begin(), held.end(),
                         [](const ProfileSkill &a, const ProfileSkill &b) { return a.level > b.level; });
        QStringList skills;
        for (const ProfileSkill &skill : std::as_const(held))
            skills.append(tr("%1 %2").arg(skill.name).arg(QString(skill.level, QChar(0x25CF))));
        m_skills->setPlainText(skills.isEmpty() ? tr("none yet") : skills.join(QStringLiteral(", ")));
        m_rank->showOpeningsFor(id);
    } catch (const StoreError &error) {
        showError(error.message());
    }
    Q_EMIT candidateChosen(id);
}

bool CandidatesPage::setTags(const QStringList &names)
{
    const qint64 id = candidate();
    try {
        CandidateStore(m_db).setTags(id, names);
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    reload();
    Q_EMIT candidatesChanged();
    return true;
}

bool CandidatesPage::addToPipelines(const QList<qint64> &listingIds)
{
    const qint64 id = candidate();
    try {
        PipelineStore store(m_db);
        for (const qint64 listing : listingIds)
            store.add(id, listing);
    } catch (const StoreError &error) {
        showError(error.message());
        return false;
    }
    reload();
    Q_EMIT candidatesChanged();
    return true;
}

} // namespace jobdesk
