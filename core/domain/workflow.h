#pragma once

#include "localized.h"
#include "period.h"
#include "rowmeta.h"
#include "vocabulary.h"

#include <QDate>
#include <QList>

#include <optional>

// A site's report for one period: the unit that is submitted, approved, returned and reopened.
// No row means nothing was entered yet ("missing").
struct Report final
{
    RowMeta meta;
    qint64 siteId = 0;
    Period period;
    DataStatus status = DataStatus::Draft;
    QString reason;          // why it was returned or reopened
    bool reopened = false;   // a manager opened it for entry past the expiry days
    QDateTime submittedAt;
    qint64 submittedBy = 0;
    QDateTime decidedAt;     // approved, returned or reopened
    qint64 decidedBy = 0;
};

// A programme's own consistency rule between indicator values, e.g. "ANC4 <= ANC1".
// Each side is a sum of terms: indicator codes (the total; CODE.num and CODE.den for the parts
// of a percentage or rate) and numbers, joined by + and -.
struct ValidationRule final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString nameEn;
    QString nameZh;
    QString leftSide;
    RuleOperator op = RuleOperator::LessOrEqual;
    QString rightSide;
    Importance importance = Importance::Error;

    QString name() const { return localized(nameEn, nameZh); }
};

// One component of the model that a monitoring visit scores from 0 to 3.
struct ChecklistItem final
{
    RowMeta meta;
    qint64 programmeId = 0;
    QString code;
    QString nameEn;
    QString nameZh;
    int sortOrder = 0;

    QString name() const { return localized(nameEn, nameZh); }
};

struct VisitScore final
{
    qint64 itemId = 0;
    int score = 0; // 0–3
    QString note;
    bool operator==(const VisitScore &) const = default;
};

struct Visit final
{
    RowMeta meta;
    qint64 siteId = 0;
    QDate date;
    qint64 officerId = 0;
    QString narrative;
    QList<VisitScore> scores;

    // Mean of the scores as a share of the maximum (0–1); empty without scores.
    std::optional<double> fidelity() const;
};

struct VisitAction final
{
    RowMeta meta;
    qint64 visitId = 0;
    QString description;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Open;
};

// A site's costs for one year.
struct Cost final
{
    RowMeta meta;
    qint64 siteId = 0;
    int year = 0;
    double programmeSpending = 0;
    double governmentContribution = 0;
    qint64 beneficiaries = 0;
    QString note;

    double total() const { return programmeSpending + governmentContribution; }
    std::optional<double> costPerBeneficiary() const
    {
        return beneficiaries > 0 ? std::optional<double>(total() / double(beneficiaries)) : std::nullopt;
    }
    std::optional<double> governmentShare() const
    {
        return total() > 0 ? std::optional<double>(governmentContribution / total()) : std::nullopt;
    }
};

inline std::optional<double> Visit::fidelity() const
{
    if (scores.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const VisitScore &s : scores)
        sum += s.score;
    return sum / (3.0 * double(scores.size()));
}
