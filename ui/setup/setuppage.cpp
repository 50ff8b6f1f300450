#include "setuppage.h"

#include "services/setupservice.h"
#include "shell/session.h"
#include "shell/widgets.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QTableView *makeTable(QWidget *parent, const char *name, QStandardItemModel *model)
{
    auto *view = namedChild<QTableView>(parent, name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString ruleText(const ValidationRule &rule)
{
    return rule.leftSide.trimmed() + u' ' + Vocabulary::key(rule.op) + u' ' + rule.rightSide.trimmed();
}

// Selects the row whose first column carries the id, or nothing.
void selectRow(QTableView *view, QStandardItemModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (id != 0 && model->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            view->selectionModel()->setCurrentIndex(model->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->scrollTo(model->index(row, 0));
            return;
        }
    }
    view->selectionModel()->clear();
}

} // namespace

SetupPage::SetupPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("setupPage"));

    // Validation rules.
    m_rulesBox = namedChild<QGroupBox>(this, "rulesBox");
    m_rulesModel = new QStandardItemModel(this);
    m_rulesView = makeTable(this, "rulesView", m_rulesModel);
    m_ruleNameEnLabel = new QLabel(this);
    m_ruleNameEn = namedChild<QLineEdit>(this, "ruleNameEn");
    m_ruleNameZhLabel = new QLabel(this);
    m_ruleNameZh = namedChild<QLineEdit>(this, "ruleNameZh");
    m_leftLabel = new QLabel(this);
    m_left = namedChild<QLineEdit>(this, "leftSide");
    m_operatorLabel = new QLabel(this);
    m_operator = namedChild<QComboBox>(this, "operator");
    m_rightLabel = new QLabel(this);
    m_right = namedChild<QLineEdit>(this, "rightSide");
    m_importanceLabel = new QLabel(this);
    m_importance = namedChild<QComboBox>(this, "importance");
    m_ruleHelp = namedChild<QLabel>(this, "ruleHelp");
    m_ruleHelp->setWordWrap(true);
    m_ruleError = namedChild<ErrorLabel>(this, "ruleError");
    m_newRule = namedChild<QPushButton>(this, "newRule");
    m_saveRule = namedChild<QPushButton>(this, "saveRule");
    m_deleteRule = namedChild<QPushButton>(this, "deleteRule");

    auto *ruleForm = new QFormLayout;
    ruleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::pair<QLabel *, QWidget *> ruleRows[] = {{m_ruleNameEnLabel, m_ruleNameEn}, {m_ruleNameZhLabel, m_ruleNameZh},
                                                       {m_leftLabel, m_left},             {m_operatorLabel, m_operator},
                                                       {m_rightLabel, m_right},           {m_importanceLabel, m_importance}};
    for (const auto &[label, field] : ruleRows) {
        ruleForm->addRow(label, field);
        label->setBuddy(field);
    }
    ruleForm->addRow(m_ruleHelp);
    ruleForm->addRow(m_ruleError);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_newRule);
    ruleButtons->addWidget(m_deleteRule);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_saveRule);
    auto *ruleEditor = new QVBoxLayout;
    ruleEditor->addLayout(ruleForm);
    ruleEditor->addStretch(1);
    ruleEditor->addLayout(ruleButtons);
    auto *rulesLayout = new QHBoxLayout(m_rulesBox);
    rulesLayout->addWidget(m_rulesView, 3);
    rulesLayout->addLayout(ruleEditor, 2);

    // Fidelity checklist.
    m_checklistBox = namedChild<QGroupBox>(this, "checklistBox");
    m_checklistModel = new QStandardItemModel(this);
    m_checklistView = makeTable(this, "checklistView", m_checklistModel);
    m_codeLabel = new QLabel(this);
    m_code = namedChild<QLineEdit>(this, "itemCode");
    m_itemNameEnLabel = new QLabel(this);
    m_itemNameEn = namedChild<QLineEdit>(this, "itemNameEn");
    m_itemNameZhLabel = new QLabel(this);
    m_itemNameZh = namedChild<QLineEdit>(this, "itemNameZh");
    m_orderLabel = new QLabel(this);
    m_order = namedChild<QSpinBox>(this, "itemOrder");
    m_order->setRange(0, 9999);
    m_checklistError = namedChild<ErrorLabel>(this, "checklistError");
    m_newItem = namedChild<QPushButton>(this, "newItem");
    m_saveItem = namedChild<QPushButton>(this, "saveItem");
    m_deleteItem = namedChild<QPushButton>(this, "deleteItem");

    auto *itemForm = new QFormLayout;
    itemForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::pair<QLabel *, QWidget *> itemRows[] = {{m_codeLabel, m_code}, {m_itemNameEnLabel, m_itemNameEn},
                                                       {m_itemNameZhLabel, m_itemNameZh}, {m_orderLabel, m_order}};
    for (const auto &[label, field] : itemRows) {
        itemForm->addRow(label, field);
        label->setBuddy(field);
    }
    itemForm->addRow(m_checklistError);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_newItem);
    itemButtons->addWidget(m_deleteItem);
    itemButtons->addStretch(1);
    itemButtons->addWidget(m_saveItem);
    auto *itemEditor = new QVBoxLayout;
    itemEditor->addLayout(itemForm);
    itemEditor->addStretch(1);
    itemEditor->addLayout(itemButtons);
    auto *checklistLayout = new QHBoxLayout(m_checklistBox);
    checklistLayout->addWidget(m_checklistView, 3);
    checklistLayout->addLayout(itemEditor, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rulesBox, 1);
    layout->addWidget(m_checklistBox, 1);

    connect(m_rulesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SetupPage::ruleRowChanged);
    connect(m_checklistView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SetupPage::itemRowChanged);
    connect(m_newRule, &QPushButton::clicked, this, &SetupPage::newRule);
    connect(m_saveRule, &QPushButton::clicked, this, &SetupPage::saveRule);
    connect(m_deleteRule, &QPushButton::clicked, this, &SetupPage::deleteRule);
    connect(m_newItem, &QPushButton::clicked, this, &SetupPage::newItem);
    connect(m_saveItem, &QPushButton::clicked, this, &SetupPage::saveItem);
    connect(m_deleteItem, &QPushButton::clicked, this, &SetupPage::deleteItem);
    for (QLineEdit *e : {m_ruleNameEn, m_ruleNameZh, m_left, m_right})
        connect(e, &QLineEdit::returnPressed, this, &SetupPage::saveRule);
    for (QLineEdit *e : {m_code, m_itemNameEn, m_itemNameZh})
        connect(e, &QLineEdit::returnPressed, this, &SetupPage::saveItem);

    retranslateUi();
    setSession(nullptr);
}

void SetupPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, [this](Session::Entity e) {
            if (e == Session::Entity::Setup || e == Session::Entity::Indicator)
                reload();
        });
        connect(m_session, &Session::programmeChanged, this, [this] {
            // Another programme: its rules and checklist, and empty editors.
            m_shownRule = ValidationRule{};
            m_shownItem = ChecklistItem{};
            showRule(m_shownRule);
            showItem(m_shownItem);
            showRuleError(QString());
            showItemError(QString());
            reload();
        });
    }
    m_shownRule = ValidationRule{};
    m_shownItem = ChecklistItem{};
    showRule(m_shownRule);
    showItem(m_shownItem);
    showRuleError(QString());
    showItemError(QString());
    reload();
}

bool SetupPage::mayEdit() const
{
    return m_session && m_session->programmeId() != 0 && m_session->actor().mayEditMetadata();
}

void SetupPage::updateEnabled()
{
    const bool edit = mayEdit();
    // Read-only for those who may not edit; SetupService refuses their changes anyway.
    for (QWidget *w : std::initializer_list<QWidget *>{m_ruleNameEn, m_ruleNameZh, m_left, m_operator, m_right, m_importance,
                                                        m_code, m_itemNameEn, m_itemNameZh, m_order})
        w->setEnabled(edit);
    for (QPushButton *b : {m_newRule, m_saveRule, m_deleteRule, m_newItem, m_saveItem, m_deleteItem})
        b->setVisible(edit);
    m_deleteRule->setEnabled(edit && m_shownRule.meta.id != 0);
    m_deleteItem->setEnabled(edit && m_shownItem.meta.id != 0);
}

void SetupPage::retranslateUi()
{
    m_rulesBox->setTitle(tr("Validation rules"));
    m_ruleNameEnLabel->setText(tr("Name (&English):"));
    m_ruleNameZhLabel->setText(tr("Name (C&hinese):"));
    m_leftLabel->setText(tr("&Left side:"));
    m_left->setPlaceholderText(tr("e.g. FULLIMM.den"));
    m_operatorLabel->setText(tr("&Must be:"));
    fillVocabularyCombo<RuleOperator>(m_operator);
    m_rightLabel->setText(tr("&Right side:"));
    m_right->setPlaceholderText(tr("e.g. NUTSUPP.den"));
    m_importanceLabel->setText(tr("&Importance:"));
    fillVocabularyCombo<Importance>(m_importance);
    m_importance->setToolTip(tr("An error stops a report from being submitted; a warning only asks the field officer to "
                                "check the values."));
    m_ruleHelp->setText(tr("Each side is a sum of indicator codes and numbers joined by + and -. A code stands for the "
                           "indicator's total (for a percentage or rate, the value itself); CODE.num and CODE.den stand "
                           "for the numerator and the denominator of a percentage or rate. Numbers use a dot as decimal "
                           "mark. Example: FULLIMM.den <= NUTSUPP.den"));
    m_newRule->setText(tr("&New rule"));
    m_newRule->setToolTip(tr("Empty the editor to write a new rule"));
    m_saveRule->setText(tr("&Save rule"));
    m_saveRule->setToolTip(tr("Store the rule in the editor"));
    m_deleteRule->setText(tr("&Delete rule"));
    m_deleteRule->setToolTip(tr("Delete the selected rule"));

    m_checklistBox->setTitle(tr("Fidelity checklist"));
    m_codeLabel->setText(tr("C&ode:"));
    m_code->setPlaceholderText(tr("e.g. C1"));
    m_itemNameEnLabel->setText(tr("Name (En&glish):"));
    m_itemNameZhLabel->setText(tr("Name (Ch&inese):"));
    m_orderLabel->setText(tr("O&rder:"));
    m_order->setToolTip(tr("Items are listed by this number on the visit form"));
    m_newItem->setText(tr("Ne&w item"));
    m_newItem->setToolTip(tr("Empty the editor to write a new checklist item"));
    m_saveItem->setText(tr("Sa&ve item"));
    m_saveItem->setToolTip(tr("Store the checklist item in the editor"));
    m_deleteItem->setText(tr("De&lete item"));
    m_deleteItem->setToolTip(tr("Delete the selected checklist item"));

    reload();
    // Messages on show were written in the old language: ask for them again.
    for (auto [label, again] : {std::pair{m_ruleError, &m_ruleErrorAgain}, std::pair{m_checklistError, &m_itemErrorAgain}}) {
        if (*again && !label->isHidden()) {
            if (const QString message = (*again)(); !message.isEmpty())
                label->showError(message);
        }
    }
}

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SetupPage::reload()
{
    reloadRules();
    reloadChecklist();
    updateEnabled();
}

// ----- Validation rules -----

void SetupPage::reloadRules()
{
    const bool keepTyping = ruleModified();
    {
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        m_rulesModel->setRowCount(0);
        m_rulesModel->setColumnCount(3);
        m_rulesModel->setHorizontalHeaderLabels({tr("Name"), tr("Rule"), tr("Importance")});
        m_rules = m_session && m_session->programmeId() ? SetupService(m_session->database(), m_session->actor()).rules(m_session->programmeId())
                                                        : QList<ValidationRule>();
        for (const ValidationRule &r : std::as_const(m_rules)) {
            QList<QStandardItem *> row;
            row << new QStandardItem(r.name()) << new QStandardItem(ruleText(r)) << new QStandardItem(Vocabulary::label(r.importance));
            row.first()->setData(r.meta.id, Qt::UserRole);
            row.first()->setToolTip(r.name());
            m_rulesModel->appendRow(row);
        }
        m_rulesView->resizeColumnsToContents();
        selectRule(m_shownRule.meta.id);
    }
    if (keepTyping || m_shownRule.meta.id == 0)
        return; // what was typed stays
    const auto stored = std::find_if(m_rules.cbegin(), m_rules.cend(), [this](const ValidationRule &r) { return r.meta.id == m_shownRule.meta.id; });
    showRule(stored != m_rules.cend() ? *stored : ValidationRule{});
}

void SetupPage::showRule(const ValidationRule &rule)
{
    m_shownRule = rule;
    m_ruleNameEn->setText(rule.nameEn);
    m_ruleNameZh->setText(rule.nameZh);
    m_left->setText(rule.leftSide);
    setVocabularyValue(m_operator, rule.op);
    m_right->setText(rule.rightSide);
    setVocabularyValue(m_importance, rule.importance);
    m_deleteRule->setEnabled(mayEdit() && rule.meta.id != 0);
}

ValidationRule SetupPage::editedRule() const
{
    ValidationRule r = m_shownRule;
    if (r.meta.id == 0 && m_session)
        r.programmeId = m_session->programmeId();
    r.nameEn = m_ruleNameEn->text().trimmed();
    r.nameZh = m_ruleNameZh->text().trimmed();
    r.leftSide = m_left->text().trimmed();
    r.op = vocabularyValue<RuleOperator>(m_operator);
    r.rightSide = m_right->text().trimmed();
    r.importance = vocabularyValue<Importance>(m_importance);
    return r;
}

bool SetupPage::ruleModified() const
{
    if (!mayEdit())
        return false;
    const ValidationRule r = editedRule();
    return r.nameEn != m_shownRule.nameEn || r.nameZh != m_shownRule.nameZh || r.leftSide != m_shownRule.leftSide
        || r.op != m_shownRule.op || r.rightSide != m_shownRule.rightSide || r.importance != m_shownRule.importance;
}

void SetupPage::selectRule(qint64 id)
{
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    selectRow(m_rulesView, m_rulesModel, id);
}

void SetupPage::ruleRowChanged()
{
    if (m_selecting || !m_session)
        return;
    const QModelIndex current = m_rulesView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_rulesModel->item(current.row(), 0)->data(Qt::UserRole).toLongLong();
    if (id == m_shownRule.meta.id)
        return;
    // Leaving a changed rule stores it; when refused, the editor keeps what was typed.
    if (ruleModified() && !saveRule()) {
        selectRule(m_shownRule.meta.id);
        return;
    }
    const auto rule = std::find_if(m_rules.cbegin(), m_rules.cend(), [id](const ValidationRule &r) { return r.meta.id == id; });
    if (rule == m_rules.cend())
        return;
    showRuleError(QString());
    showRule(*rule);
    selectRule(id);
}

void SetupPage::showRuleError(const QString &message, std::function<QString()> again)
{
    m_ruleError->showError(message);
    m_ruleErrorAgain = message.isEmpty() ? std::function<QString()>() : std::move(again);
}

void SetupPage::newRule()
{
    if (!mayEdit())
        return;
    if (ruleModified() && !saveRule())
        return;
    ValidationRule rule;
    rule.programmeId = m_session->programmeId();
    showRule(rule);
    showRuleError(QString());
    selectRule(0);
    m_ruleNameEn->setFocus();
}

bool SetupPage::saveRule()
{
    if (!mayEdit())
        return false;
    const ValidationRule rule = editedRule();
    const auto revalidate = [this]() -> QString {
        if (!m_session)
            return {};
        const ValidationRule r = editedRule();
        if (r.nameEn.isEmpty() && r.nameZh.isEmpty())
            return tr("The rule needs a name in English or Chinese.");
        const auto valid = SetupService(m_session->database(), m_session->actor()).validate(r);
        return valid ? QString() : valid.error();
    };
    if (rule.nameEn.isEmpty() && rule.nameZh.isEmpty()) {
        showRuleError(revalidate(), revalidate);
        m_ruleNameEn->setFocus();
        return false;
    }
    SetupService service(m_session->database(), m_session->actor());
    auto stored = rule.meta.id == 0 ? service.create(rule) : service.update(rule);
    if (!stored) {
        showRuleError(stored.error(), revalidate);
        return false;
    }
    showRuleError(QString());
    showRule(stored.value());
    m_session->notify(Session::Entity::Setup);
    return true;
}

bool SetupPage::deleteRule()
{
    if (!mayEdit() || m_shownRule.meta.id == 0)
        return false;
    auto removed = SetupService(m_session->database(), m_session->actor()).remove(m_shownRule);
    if (!removed) {
        showRuleError(removed.error());
        return false;
    }
    showRuleError(QString());
    ValidationRule empty;
    empty.programmeId = m_session->programmeId();
    showRule(empty);
    m_session->notify(Session::Entity::Setup);
    return true;
}

// ----- Fidelity checklist -----

void SetupPage::reloadChecklist()
{
    const bool keepTyping = itemModified();
    {
        const QScopedValueRollback<bool> selecting(m_selecting, true);
        m_checklistModel->setRowCount(0);
        m_checklistModel->setColumnCount(3);
        m_checklistModel->setHorizontalHeaderLabels({tr("Order"), tr("Code"), tr("Name")});
        m_items = m_session && m_session->programmeId()
            ? SetupService(m_session->database(), m_session->actor()).checklist(m_session->programmeId())
            : QList<ChecklistItem>();
        const QLocale locale;
        for (const ChecklistItem &item : std::as_const(m_items)) {
            QList<QStandardItem *> row;
            row << new QStandardItem(locale.toString(item.sortOrder)) << new QStandardItem(item.code)
                << new QStandardItem(item.name());
            row.first()->setData(item.meta.id, Qt::UserRole);
            m_checklistModel->appendRow(row);
        }
        m_checklistView->resizeColumnsToContents();
        selectItem(m_shownItem.meta.id);
    }
    if (keepTyping || m_shownItem.meta.id == 0)
        return;
    const auto stored = std::find_if(m_items.cbegin(), m_items.cend(), [this](const ChecklistItem &i) { return i.meta.id == m_shownItem.meta.id; });
    showItem(stored != m_items.cend() ? *stored : ChecklistItem{});
}

void SetupPage::showItem(const ChecklistItem &item)
{
    m_shownItem = item;
    m_code->setText(item.code);
    m_itemNameEn->setText(item.nameEn);
    m_itemNameZh->setText(item.nameZh);
    m_order->setValue(item.sortOrder);
    m_deleteItem->setEnabled(mayEdit() && item.meta.id != 0);
}

ChecklistItem SetupPage::editedItem() const
{
    ChecklistItem item = m_shownItem;
    if (item.meta.id == 0 && m_session)
        item.programmeId = m_session->programmeId();
    item.code = m_code->text().trimmed();
    item.nameEn = m_itemNameEn->text().trimmed();
    item.nameZh = m_itemNameZh->text().trimmed();
    item.sortOrder = m_order->value();
    return item;
}

bool SetupPage::itemModified() const
{
    if (!mayEdit())
        return false;
    const ChecklistItem item = editedItem();
    return item.code != m_shownItem.code || item.nameEn != m_shownItem.nameEn || item.nameZh != m_shownItem.nameZh
        || item.sortOrder != m_shownItem.sortOrder;
}

void SetupPage::selectItem(qint64 id)
{
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    selectRow(m_checklistView, m_checklistModel, id);
}

void SetupPage::itemRowChanged()
{
    if (m_selecting || !m_session)
        return;
    const QModelIndex current = m_checklistView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_checklistModel->item(current.row(), 0)->data(Qt::UserRole).toLongLong();
    if (id == m_shownItem.meta.id)
        return;
    if (itemModified() && !saveItem()) {
        selectItem(m_shownItem.meta.id);
        return;
    }
    const auto item = std::find_if(m_items.cbegin(), m_items.cend(), [id](const ChecklistItem &i) { return i.meta.id == id; });
    if (item == m_items.cend())
        return;
    showItemError(QString());
    showItem(*item);
    selectItem(id);
}

void SetupPage::showItemError(const QString &message, std::function<QString()> again)
{
    m_checklistError->showError(message);
    m_itemErrorAgain = message.isEmpty() ? std::function<QString()>() : std::move(again);
}

void SetupPage::newItem()
{
    if (!mayEdit())
        return;
    if (itemModified() && !saveItem())
        return;
    ChecklistItem item;
    item.programmeId = m_session->programmeId();
    int last = 0;
    for (const ChecklistItem &i : std::as_const(m_items))
        last = std::max(last, i.sortOrder);
    item.sortOrder = last + 1; // the next place
    showItem(item);
    showItemError(QString());
    selectItem(0);
    m_code->setFocus();
}

bool SetupPage::saveItem()
{
    if (!mayEdit())
        return false;
    const ChecklistItem item = editedItem();
    SetupService service(m_session->database(), m_session->actor());
    auto stored = item.meta.id == 0 ? service.create(item) : service.update(item);
    if (!stored) {
        showItemError(stored.error(), [this]() -> QString {
            if (!m_session)
                return {};
            const auto valid = SetupService(m_session->database(), m_session->actor()).validate(editedItem());
            return valid ? QString() : valid.error();
        });
        return false;
    }
    showItemError(QString());
    showItem(stored.value());
    m_session->notify(Session::Entity::Setup);
    return true;
}

bool SetupPage::deleteItem()
{
    if (!mayEdit() || m_shownItem.meta.id == 0)
        return false;
    auto removed = SetupService(m_session->database(), m_session->actor()).remove(m_shownItem);
    if (!removed) {
        showItemError(removed.error());
        return false;
    }
    showItemError(QString());
    ChecklistItem empty;
    empty.programmeId = m_session->programmeId();
    showItem(empty);
    m_session->notify(Session::Entity::Setup);
    return true;
}
