#pragma once

#include "domain/workflow.h"
#include "tablerepository.h"

template<>
struct RowTraits<Report>
{
    static constexpr const char *table = "report";
    static Fields fieldsOf(const Report &r);
    static Report fromRecord(const QSqlRecord &r);
};

template<>
struct RowTraits<ValidationRule>
{
    static constexpr const char *table = "validation_rule";
    static Fields fieldsOf(const ValidationRule &r);
    static ValidationRule fromRecord(const QSqlRecord &r);
};

template<>
struct RowTraits<ChecklistItem>
{
    static constexpr const char *table = "checklist_item";
    static Fields fieldsOf(const ChecklistItem &r);
    static ChecklistItem fromRecord(const QSqlRecord &r);
};

template<>
struct RowTraits<Visit>
{
    static constexpr const char *table = "visit";
    static Fields fieldsOf(const Visit &r);
    static Visit fromRecord(const QSqlRecord &r);
    // The checklist scores live in visit_score and change with the visit.
    static QJsonObject childrenOf(const Visit &v);
    static void readChildren(Database &database, Visit &v);
    static Result<void> writeChildren(Database &database, const Visit &v);
};

template<>
struct RowTraits<VisitAction>
{
    static constexpr const char *table = "visit_action";
    static Fields fieldsOf(const VisitAction &r);
    static VisitAction fromRecord(const QSqlRecord &r);
};

template<>
struct RowTraits<Cost>
{
    static constexpr const char *table = "cost";
    static Fields fieldsOf(const Cost &r);
    static Cost fromRecord(const QSqlRecord &r);
};

using ReportRepository = TableRepository<Report>;
using ValidationRuleRepository = TableRepository<ValidationRule>;
using ChecklistRepository = TableRepository<ChecklistItem>;
using VisitRepository = TableRepository<Visit>;
using VisitActionRepository = TableRepository<VisitAction>;
using CostRepository = TableRepository<Cost>;
