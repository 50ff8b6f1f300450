#pragma once

#include "domain/readiness.h"
#include "tablerepository.h"

template<>
struct RowTraits<ReadinessCriterion>
{
    static constexpr const char *table = "readiness_criterion";
    static Fields fieldsOf(const ReadinessCriterion &c);
    static ReadinessCriterion fromRecord(const QSqlRecord &r);
};

template<>
struct RowTraits<ReadinessAssessment>
{
    static constexpr const char *table = "readiness_assessment";
    static Fields fieldsOf(const ReadinessAssessment &a);
    static ReadinessAssessment fromRecord(const QSqlRecord &r);
    // The judgements live in readiness_judgement and change with the assessment.
    static QJsonObject childrenOf(const ReadinessAssessment &a);
    static void readChildren(Database &database, ReadinessAssessment &a);
    static Result<void> writeChildren(Database &database, const ReadinessAssessment &a);
};

using ReadinessCriterionRepository = TableRepository<ReadinessCriterion>;
using ReadinessAssessmentRepository = TableRepository<ReadinessAssessment>;
