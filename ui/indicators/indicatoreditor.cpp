#include "indicatoreditor.h"

#include "shell/widgets.h"

#include <QCheckBox>
#include <QEvent>
#include <QHash>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum LabelIndex { LCode, LNameEn, LNameZh, LDefinitionEn, LDefinitionZh, LArea, LType, LDirection, LFrequency, LRange,
                  LBaseline, LTarget, LTargetKind, LDisaggregation, LabelCount };
}

IndicatorEditor::IndicatorEditor(QWidget *parent) : QWidget(parent)
{
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    m_code = namedChild<QLineEdit>(this, "code");
    m_nameEn = namedChild<QLineEdit>(this, "nameEn");
    m_nameZh = namedChild<QLineEdit>(this, "nameZh");
    m_definitionEn = namedChild<QPlainTextEdit>(this, "definitionEn");
    m_definitionZh = namedChild<QPlainTextEdit>(this, "definitionZh");
    for (QPlainTextEdit *e : {m_definitionEn, m_definitionZh}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_area = namedChild<QComboBox>(this, "area");
    m_valueType = namedChild<QComboBox>(this, "valueType");
    m_direction = namedChild<QComboBox>(this, "direction");
    m_frequency = namedChild<QComboBox>(this, "frequency");
    m_targetKind = namedChild<QComboBox>(this, "targetKind");
    m_min = namedChild<NumberEdit>(this, "minValue");
    m_max = namedChild<NumberEdit>(this, "maxValue");
    m_baseline = namedChild<NumberEdit>(this, "baseline");
    m_target = namedChild<NumberEdit>(this, "target");
    m_required = namedChild<QCheckBox>(this, "required");
    m_disaggregation = namedChild<QListWidget>(this, "disaggregation");
    m_error = namedChild<ErrorLabel>(this, "error");
    m_apply = namedChild<QPushButton>(this, "apply");
    m_apply->setDefault(true);
    m_revert = namedChild<QPushButton>(this, "revert");
    connect(m_apply, &QPushButton::clicked, this, &IndicatorEditor::applyRequested);
    connect(m_revert, &QPushButton::clicked, this, &IndicatorEditor::revert);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        connect(e, &QLineEdit::returnPressed, this, &IndicatorEditor::applyRequested);

    m_box = new QGroupBox(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_labels[LCode], m_code);
    form->addRow(m_labels[LNameEn], m_nameEn);
    form->addRow(m_labels[LNameZh], m_nameZh);
    form->addRow(m_labels[LDefinitionEn], m_definitionEn);
    form->addRow(m_labels[LDefinitionZh], m_definitionZh);
    form->addRow(m_labels[LArea], m_area);
    form->addRow(m_labels[LType], m_valueType);
    form->addRow(m_labels[LDirection], m_direction);
    form->addRow(m_labels[LFrequency], m_frequency);
    auto *range = new QHBoxLayout;
    range->addWidget(m_min);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_max);
    form->addRow(m_labels[LRange], range);
    form->addRow(m_labels[LBaseline], m_baseline);
    form->addRow(m_labels[LTarget], m_target);
    form->addRow(m_labels[LTargetKind], m_targetKind);
    form->addRow(QString(), m_required);
    form->addRow(m_labels[LDisaggregation], m_disaggregation);
    m_labels[LCode]->setBuddy(m_code);
    m_labels[LNameEn]->setBuddy(m_nameEn);
    m_labels[LNameZh]->setBuddy(m_nameZh);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(form);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);
    boxLayout->addStretch();
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_hint, 1);

    retranslateUi();
    clear();
}

void IndicatorEditor::retranslateUi()
{
    const char *texts[LabelCount] = {
        QT_TR_NOOP("&Code:"), QT_TR_NOOP("Name (&English):"), QT_TR_NOOP("Name (C&hinese):"),
        QT_TR_NOOP("Definition (English):"), QT_TR_NOOP("Definition (Chinese):"), QT_TR_NOOP("Outcome area:"),
        QT_TR_NOOP("Value type:"), QT_TR_NOOP("Direction:"), QT_TR_NOOP("Frequency:"), QT_TR_NOOP("Valid range:"),
        QT_TR_NOOP("Baseline:"), QT_TR_NOOP("Target:"), QT_TR_NOOP("Target counts:"), QT_TR_NOOP("Disaggregation:"),
    };
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(tr(texts[i]));
    m_hint->setText(tr("Select an indicator in the table to see and edit it, or choose Add indicator."));
    m_box->setTitle(isNew() ? tr("New indicator") : tr("Indicator %1").arg(m_original.code));
    m_code->setPlaceholderText(tr("e.g. EXBF"));
    m_min->setPlaceholderText(tr("minimum"));
    m_max->setPlaceholderText(tr("maximum"));
    m_baseline->setPlaceholderText(tr("programme-wide baseline"));
    m_target->setPlaceholderText(tr("programme-wide target"));
    m_required->setText(tr("Required in every report"));
    m_apply->setText(isNew() ? tr("&Add indicator") : tr("&Apply"));
    m_revert->setText(tr("&Revert"));
    fillVocabularyCombo<OutcomeArea>(m_area);
    fillVocabularyCombo<ValueType>(m_valueType);
    fillVocabularyCombo<Direction>(m_direction);
    fillVocabularyCombo<Frequency>(m_frequency);
    fillVocabularyCombo<TargetKind>(m_targetKind);
    for (int i = 0; i < m_disaggregation->count() && i < m_options.size(); ++i)
        m_disaggregation->item(i)->setText(m_options[i].name());
}

void IndicatorEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IndicatorEditor::setOptions(const QList<CategoryOption> &options)
{
    // The list is refilled when the indicators reload; ticks the user has set stay.
    QHash<qint64, Qt::CheckState> ticks;
    for (int row = 0; row < m_disaggregation->count(); ++row)
        ticks.insert(m_disaggregation->item(row)->data(Qt::UserRole).toLongLong(), m_disaggregation->item(row)->checkState());
    m_options = options;
    fillOptions();
    for (int row = 0; row < m_disaggregation->count(); ++row) {
        QListWidgetItem *item = m_disaggregation->item(row);
        const auto it = ticks.constFind(item->data(Qt::UserRole).toLongLong());
        if (it != ticks.constEnd())
            item->setCheckState(*it);
    }
}

void IndicatorEditor::fillOptions()
{
    m_disaggregation->clear();
    for (const CategoryOption &o : m_options) {
        auto *item = new QListWidgetItem(o.name(), m_disaggregation);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setData(Qt::UserRole, o.meta.id);
        item->setCheckState(m_original.optionIds.contains(o.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
    // Tall enough to show every option (there are a handful) without scrolling.
    const int rows = std::clamp(int(m_options.size()), 1, 8);
    const int row = m_disaggregation->count() > 0 ? m_disaggregation->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_disaggregation->setFixedHeight(rows * row + 2 * m_disaggregation->frameWidth() + 4);
}

void IndicatorEditor::setIndicator(const Indicator &indicator)
{
    m_original = indicator;
    revert();
    setEnabled(true);
    m_box->show();
    m_hint->hide();
    retranslateUi();
}

void IndicatorEditor::clear()
{
    m_original = Indicator{};
    revert();
    setEnabled(false);
    m_box->hide();
    m_hint->show();
    retranslateUi();
}

void IndicatorEditor::revert()
{
    const Indicator &i = m_original;
    m_code->setText(i.code);
    m_nameEn->setText(i.nameEn);
    m_nameZh->setText(i.nameZh);
    m_definitionEn->setPlainText(i.definitionEn);
    m_definitionZh->setPlainText(i.definitionZh);
    setVocabularyValue(m_area, i.area);
    setVocabularyValue(m_valueType, i.valueType);
    setVocabularyValue(m_direction, i.direction);
    setVocabularyValue(m_frequency, i.frequency);
    setVocabularyValue(m_targetKind, i.targetKind);
    m_min->setNumber(i.minValue);
    m_max->setNumber(i.maxValue);
    m_baseline->setNumber(i.baseline);
    m_target->setNumber(i.target);
    m_required->setChecked(i.required);
    fillOptions();
    m_error->showError({});
}

Result<Indicator> IndicatorEditor::editedIndicator() const
{
    Indicator i = m_original;
    i.code = m_code->text().trimmed();
    i.nameEn = m_nameEn->text().trimmed();
    i.nameZh = m_nameZh->text().trimmed();
    i.definitionEn = m_definitionEn->toPlainText().trimmed();
    i.definitionZh = m_definitionZh->toPlainText().trimmed();
    i.area = vocabularyValue<OutcomeArea>(m_area);
    i.valueType = vocabularyValue<ValueType>(m_valueType);
    i.direction = vocabularyValue<Direction>(m_direction);
    i.frequency = vocabularyValue<Frequency>(m_frequency);
    i.targetKind = vocabularyValue<TargetKind>(m_targetKind);
    i.required = m_required->isChecked();
    const std::pair<NumberEdit *, std::optional<double> *> numbers[] = {
        {m_min, &i.minValue}, {m_max, &i.maxValue}, {m_baseline, &i.baseline}, {m_target, &i.target}};
    const char *names[] = {QT_TR_NOOP("Minimum"), QT_TR_NOOP("Maximum"), QT_TR_NOOP("Baseline"), QT_TR_NOOP("Target")};
    for (int k = 0; k < 4; ++k) {
        bool ok = true;
        *numbers[k].second = numbers[k].first->number(&ok);
        if (!ok)
            return fail(tr("%1: \"%2\" is not a number.").arg(tr(names[k]), numbers[k].first->text()));
    }
    i.optionIds.clear();
    for (int row = 0; row < m_disaggregation->count(); ++row)
        if (m_disaggregation->item(row)->checkState() == Qt::Checked)
            i.optionIds.append(m_disaggregation->item(row)->data(Qt::UserRole).toLongLong());
    return i;
}

bool IndicatorEditor::isModified() const
{
    const auto edited = editedIndicator();
    if (!edited)
        return true;
    const Indicator &a = edited.value();
    const Indicator &b = m_original;
    QList<qint64> ao = a.optionIds;
    QList<qint64> bo = b.optionIds;
    std::sort(ao.begin(), ao.end());
    std::sort(bo.begin(), bo.end());
    return a.code != b.code || a.nameEn != b.nameEn || a.nameZh != b.nameZh || a.definitionEn != b.definitionEn
           || a.definitionZh != b.definitionZh || a.area != b.area || a.valueType != b.valueType
           || a.direction != b.direction || a.frequency != b.frequency || a.targetKind != b.targetKind
           || a.required != b.required || a.minValue != b.minValue || a.maxValue != b.maxValue
           || a.baseline != b.baseline || a.target != b.target || ao != bo;
}

void IndicatorEditor::showError(const QString &message)
{
    m_error->showError(message);
}

bool IndicatorEditor::hasError() const
{
    return !m_error->text().isEmpty() && !m_error->isHidden();
}
