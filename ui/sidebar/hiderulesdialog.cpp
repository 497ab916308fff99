#include "hiderulesdialog.h"

#include "undobar.h"

#include "store/storeerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jobdesk {
namespace {

constexpr int RuleIdRole = Qt::UserRole + 1;

QString kindLabel(HideRule::Kind kind)
{
    return kind == HideRule::Kind::Company ? HideRulesDialog::tr("Company") : HideRulesDialog::tr("Title");
}

} // namespace

HideRulesDialog::HideRulesDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_store(db)
    , m_list(new QTreeWidget(this))
    , m_kind(new QComboBox(this))
    , m_pattern(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_undoBar(new UndoBar(this))
{
    setWindowTitle(tr("Hide Rules"));
    auto *intro = new QLabel(tr("Listings matching a rule are hidden everywhere but in the Hidden view, "
                                "including listings imported later."),
                             this);
    intro->setWordWrap(true);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Hides"), tr("Company or title pattern"), tr("Listings")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);

    m_kind->addItem(tr("Company"), int(HideRule::Kind::Company));
    m_kind->addItem(tr("Title pattern"), int(HideRule::Kind::TitlePattern));
    m_kind->setCurrentIndex(1);
    m_kind->setAccessibleName(tr("Kind of rule"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->setAccessibleName(tr("Company or title pattern"));
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_undoBar, 1);
    listRow->addStretch();
    listRow->addWidget(m_remove);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_kind);
    addRow->addWidget(m_pattern, 1);
    addRow->addWidget(m_add);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(listRow);
    layout->addLayout(addRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &HideRulesDialog::addRule);
    connect(m_pattern, &QLineEdit::returnPressed, this, &HideRulesDialog::addRule);
    connect(m_pattern, &QLineEdit::textChanged, this, &HideRulesDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &HideRulesDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HideRulesDialog::updateButtons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HideRulesDialog::updatePlaceholder);

    updatePlaceholder();
    reload();
    resize(560, 400);
}

void HideRulesDialog::reload(qint64 selectId)
{
    m_list->clear();
    try {
        const QLocale locale;
        for (const HideRule &rule : m_store.list()) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(KindColumn, kindLabel(rule.kind));
            item->setText(PatternColumn, rule.pattern);
            item->setText(CountColumn, locale.toString(m_store.countMatching(rule)));
            item->setTextAlignment(CountColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(
                PatternColumn,
                tr("Added %1").arg(locale.toString(rule.createdAt.toLocalTime(), QLocale::ShortFormat)));
            item->setData(KindColumn, RuleIdRole, rule.id);
            if (rule.id == selectId)
                m_list->setCurrentItem(item);
        }
    } catch (const StoreError &error) {
        showError(error.message());
    }
    updateButtons();
}

void HideRulesDialog::addRule()
{
    const auto kind = HideRule::Kind(m_kind->currentData().toInt());
    try {
        const HideRule rule = kind == HideRule::Kind::Company ? m_store.addCompany(m_pattern->text())
                                                              : m_store.addTitlePattern(m_pattern->text());
        m_pattern->clear();
        reload(rule.id);
        Q_EMIT rulesChanged();
    } catch (const StoreError &error) {
        showError(error.message());
    }
}

void HideRulesDialog::removeSelected()
{
    QList<HideRule> removed;
    try {
        const QList<QTreeWidgetItem *> items = m_list->selectedItems();
        for (const QTreeWidgetItem *item : items) {
            const std::optional<HideRule> rule =
                m_store.find(item->data(KindColumn, RuleIdRole).toLongLong());
            if (!rule)
                continue;
            m_store.remove(rule->id);
            removed.append(*rule);
        }
    } catch (const StoreError &error) {
        showError(error.message());
    }
    if (removed.isEmpty())
        return;
    reload();
    Q_EMIT rulesChanged();
    const QString message = removed.size() == 1
                                ? tr("Removed the rule “%1”.").arg(removed.constFirst().pattern)
                                : tr("Removed %n rules.", nullptr, int(removed.size()));
    m_undoBar->offer(message, [this, removed] {
        try {
            for (const HideRule &rule : removed)
                m_store.restore(rule);
        } catch (const StoreError &error) {
            showError(error.message());
        }
        reload(removed.constFirst().id);
        Q_EMIT rulesChanged();
    });
}

void HideRulesDialog::updateButtons()
{
    m_add->setEnabled(!m_pattern->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void HideRulesDialog::updatePlaceholder()
{
    const bool company = HideRule::Kind(m_kind->currentData().toInt()) == HideRule::Kind::Company;
    m_pattern->setPlaceholderText(company ? tr("Company name (case is ignored)")
                                          : tr("Title, * matches any text: *intern*"));
    m_pattern->setToolTip(company ? tr("Hides every listing of this company, ignoring case.")
                                  : tr("Hides every listing whose whole title matches, ignoring case; * "
                                       "matches any text. *intern* hides titles containing “intern”, "
                                       "Sales * Manager hides “Sales Area Manager”."));
}

void HideRulesDialog::showError(const QString &message)
{
    m_undoBar->showMessage(message);
}

} // namespace jobdesk
