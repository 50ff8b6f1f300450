#include "programmepage.h"

#include "commands/editcommands.h"
#include "shell/widgets.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const QDate NoDate(1900, 1, 1);

enum LabelIndex { LCode, LNameEn, LNameZh, LFocus, LStart, LEnd, LDescriptionEn, LDescriptionZh, LExpiry, LTimeliness, LBaseline, LEndline,
                  LabelCount };
}

ProgrammePage::ProgrammePage(QUndoStack *undoStack, QWidget *parent) : QWidget(parent), m_undoStack(undoStack)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("programmeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("programmeSummary"));
    m_summary->setWordWrap(true);
    for (int i = 0; i < LabelCount; ++i)
        m_labels.append(new QLabel(this));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(QStringLiteral("nameZh"));
    m_focus = new QLineEdit(this);
    m_focus->setObjectName(QStringLiteral("focusArea"));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("endDate"));
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMinimumDate(NoDate); // the minimum stands for "not set"
    }
    m_descriptionEn = new QPlainTextEdit(this);
    m_descriptionZh = new QPlainTextEdit(this);
    for (QPlainTextEdit *e : {m_descriptionEn, m_descriptionZh}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 5 + 12);
    }
    m_expiry = new QSpinBox(this);
    m_expiry->setRange(0, 3650);
    m_timeliness = new QSpinBox(this);
    m_timeliness->setRange(0, 365);
    // The baseline and endline windows: two months each, or empty for the default.
    auto window = [this](QLineEdit *&from, QLineEdit *&to, QLabel *&between, const char *name) {
        auto *row = new QWidget(this);
        auto *l = new QHBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        from = new QLineEdit(row);
        to = new QLineEdit(row);
        from->setObjectName(QLatin1StringView(name) + QStringLiteral("From"));
        to->setObjectName(QLatin1StringView(name) + QStringLiteral("To"));
        between = new QLabel(row);
        for (QLineEdit *e : {from, to}) {
            e->setMaxLength(7);
            e->setFixedWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
            connect(e, &QLineEdit::returnPressed, this, &ProgrammePage::applyEdits);
        }
        l->addWidget(from);
        l->addWidget(between);
        l->addWidget(to);
        l->addStretch(1);
        return row;
    };
    QWidget *baselineRow = window(m_baselineFrom, m_baselineTo, m_baselineBetween, "baseline");
    QWidget *endlineRow = window(m_endlineFrom, m_endlineTo, m_endlineBetween, "endline");
    m_error = new ErrorLabel(this);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setDefault(true);
    m_revert = new QPushButton(this);
    connect(m_apply, &QPushButton::clicked, this, &ProgrammePage::applyEdits);
    connect(m_revert, &QPushButton::clicked, this, &ProgrammePage::revert);

    m_box = new QGroupBox(this);
    auto *form = new QFormLayout(m_box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget *fields[LabelCount] = {m_code, m_nameEn, m_nameZh, m_focus, m_start, m_end, m_descriptionEn, m_descriptionZh,
                                   m_expiry, m_timeliness, baselineRow, endlineRow};
    for (int i = 0; i < LabelCount; ++i) {
        form->addRow(m_labels[i], fields[i]);
        m_labels[i]->setBuddy(fields[i]);
    }
    m_labels[LBaseline]->setBuddy(m_baselineFrom); // the row holds two fields: start at the first
    m_labels[LEndline]->setBuddy(m_endlineFrom);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    form->addRow(m_error);
    form->addRow(buttons);
    m_box->setMaximumWidth(1000);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_box);
    layout->addStretch(1);
    retranslateUi();
}

void ProgrammePage::retranslateUi()
{
    const char *texts[LabelCount] = {QT_TR_NOOP("&Code:"), QT_TR_NOOP("Name (&English):"), QT_TR_NOOP("Name (C&hinese):"),
                                     QT_TR_NOOP("&Focus area:"), QT_TR_NOOP("&Starts:"), QT_TR_NOOP("E&nds:"),
                                     QT_TR_NOOP("Description (English):"), QT_TR_NOOP("Description (Chinese):"),
                                     QT_TR_NOOP("Data entry closes after:"), QT_TR_NOOP("Reports on time within:"),
                                     QT_TR_NOOP("&Baseline window:"), QT_TR_NOOP("En&dline window:")};
    for (int i = 0; i < LabelCount; ++i)
        m_labels[i]->setText(tr(texts[i]));
    m_box->setTitle(tr("Programme details"));
    m_expiry->setSuffix(tr(" days after the period"));
    m_expiry->setSpecialValueText(tr("Never closes"));
    m_timeliness->setSuffix(tr(" days after the period"));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("&Revert"));
    for (QLabel *between : {m_baselineBetween, m_endlineBetween})
        between->setText(tr("to"));
    for (QLineEdit *e : {m_baselineFrom, m_baselineTo, m_endlineFrom, m_endlineTo}) {
        e->setPlaceholderText(tr("YYYYMM"));
        e->setToolTip(tr("Months of the window for pilot vs comparison (e.g. 202401 to 202406); leave both "
                         "empty for the default: the 6 months before the first pilot site starts, and the "
                         "last 6 months with data"));
    }
    m_start->setSpecialValueText(tr("Not set"));
    m_end->setSpecialValueText(tr("Not set"));
    reload();
    if (m_session && !m_error->isHidden()) {
        // A message on show was written in the old language: ask for it again.
        if (const auto typed = edited(); !typed)
            m_error->showError(typed.error());
        else if (auto valid = m_session->programmes().validate(typed.value()); !valid)
            m_error->showError(valid.error());
    }
}

void ProgrammePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProgrammePage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::changed, this, &ProgrammePage::reload);
        connect(m_session, &Session::programmeChanged, this, &ProgrammePage::revert);
    }
    revert();
}

void ProgrammePage::reload()
{
    if (!m_session) {
        m_title->clear();
        m_summary->clear();
        return;
    }
    if (const auto programme = m_session->programme()) {
        const bool changed = programme->meta.revision != m_programme.meta.revision || programme->meta.id != m_programme.meta.id;
        // Show the stored programme (after an undo, say) unless the form holds typing of its own.
        if (changed && (programme->meta.id != m_programme.meta.id || !isModified())) {
            revert();
            return;
        }
    }
    m_title->setText(m_programme.name());
    const auto summary = m_session->programmes().summary(m_programme.meta.id);
    m_summary->setText(tr("%1 pilot and %2 comparison sites · %3 indicators")
                           .arg(summary.pilotSites)
                           .arg(summary.comparisonSites)
                           .arg(summary.indicators));
}

void ProgrammePage::revert()
{
    if (m_session) {
        if (const auto programme = m_session->programme())
            m_programme = *programme;
    } else {
        m_programme = Programme{};
    }
    const Programme &p = m_programme;
    m_code->setText(p.code);
    m_nameEn->setText(p.nameEn);
    m_nameZh->setText(p.nameZh);
    m_focus->setText(p.focusArea);
    m_start->setDate(p.startDate.isValid() ? p.startDate : NoDate);
    m_end->setDate(p.endDate.isValid() ? p.endDate : NoDate);
    m_descriptionEn->setPlainText(p.descriptionEn);
    m_descriptionZh->setPlainText(p.descriptionZh);
    m_expiry->setValue(p.expiryDays);
    m_timeliness->setValue(p.timelinessDays);
    m_baselineFrom->setText(p.baselineFrom.isValid() ? p.baselineFrom.id() : QString());
    m_baselineTo->setText(p.baselineTo.isValid() ? p.baselineTo.id() : QString());
    m_endlineFrom->setText(p.endlineFrom.isValid() ? p.endlineFrom.id() : QString());
    m_endlineTo->setText(p.endlineTo.isValid() ? p.endlineTo.id() : QString());
    m_error->showError({});
    setEnabled(m_session != nullptr);
    reload();
}

Result<Programme> ProgrammePage::edited() const
{
    Programme p = m_programme;
    p.code = m_code->text().trimmed();
    p.nameEn = m_nameEn->text().trimmed();
    p.nameZh = m_nameZh->text().trimmed();
    p.focusArea = m_focus->text().trimmed();
    p.startDate = m_start->date() == NoDate ? QDate() : m_start->date();
    p.endDate = m_end->date() == NoDate ? QDate() : m_end->date();
    p.descriptionEn = m_descriptionEn->toPlainText().trimmed();
    p.descriptionZh = m_descriptionZh->toPlainText().trimmed();
    p.expiryDays = m_expiry->value();
    p.timelinessDays = m_timeliness->value();
    const std::pair<QLineEdit *, Period *> months[] = {
        {m_baselineFrom, &p.baselineFrom}, {m_baselineTo, &p.baselineTo}, {m_endlineFrom, &p.endlineFrom}, {m_endlineTo, &p.endlineTo}};
    for (const auto &[edit, month] : months) {
        const QString text = edit->text().trimmed();
        *month = text.isEmpty() ? Period() : Period::parse(text);
        if (!text.isEmpty() && (!month->isValid() || month->type() != Period::Type::Monthly))
            return fail(tr("\"%1\" is not a month: write the window's months as 202401.").arg(text));
    }
    return p;
}

bool ProgrammePage::isModified() const
{
    if (!m_session || m_programme.meta.id == 0)
        return false;
    const auto typed = edited();
    if (!typed)
        return true; // something was typed that cannot be saved yet
    const Programme e = typed.value();
    const Programme &p = m_programme;
    return e.code != p.code || e.nameEn != p.nameEn || e.nameZh != p.nameZh || e.focusArea != p.focusArea
           || e.startDate != p.startDate || e.endDate != p.endDate || e.descriptionEn != p.descriptionEn
           || e.descriptionZh != p.descriptionZh || e.expiryDays != p.expiryDays || e.timelinessDays != p.timelinessDays
           || e.baselineFrom != p.baselineFrom || e.baselineTo != p.baselineTo || e.endlineFrom != p.endlineFrom
           || e.endlineTo != p.endlineTo;
}

bool ProgrammePage::applyEdits()
{
    if (!m_session)
        return false;
    if (!isModified())
        return true;
    auto changed = edited();
    if (!changed) { // a month that is not one: say so, keep what was typed
        m_error->showError(changed.error());
        return false;
    }
    const Programme before = m_programme;
    auto saved = m_session->programmes().update(changed.value());
    if (!saved) {
        m_error->showError(saved.error());
        return false;
    }
    m_undoStack->push(new ProgrammeCommand(m_session, RowChange::Update, before, saved.value(),
                                           [this](const QString &message) { emit commandFailed(message); }));
    m_programme = saved.value();
    m_session->notify(Session::Entity::Programme);
    return true;
}
