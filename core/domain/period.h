#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <compare>

// A reporting period identified as DHIS2 does: "202403" (month), "2024Q1" (quarter),
// "2024" (year). Periods order by start date, and a shorter period before a longer one that
// starts on the same day, so months, quarters and years of one year sort in a stable order.
class Period final
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Type { Invalid, Monthly, Quarterly, Yearly };

    Period() = default;
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period year(int year);
    static Period containing(QDate date, Type type);

    // Parses a DHIS2 period id; on failure returns an invalid period and, when asked, a
    // translated reason naming the id.
    static Period parse(QStringView id, QString *error = nullptr);

    bool isValid() const { return m_type != Type::Invalid; }
    Type type() const { return m_type; }
    int year() const { return m_year; }
    int index() const { return m_index; } // month 1–12, quarter 1–4, 0 for a year

    QString id() const;
    QDate startDate() const;
    QDate endDate() const;
    QString displayName(const QLocale &locale = QLocale()) const;

    Period next() const { return shifted(1); }
    Period previous() const { return shifted(-1); }
    Period shifted(int steps) const;
    // The period of the given (equal or longer) type that contains this one.
    Period rolledUpTo(Type type) const;
    bool contains(const Period &other) const;
    // Number of steps of this period's type from this to other (other - this).
    int stepsTo(const Period &other) const;

    friend bool operator==(const Period &a, const Period &b) = default;
    friend std::strong_ordering operator<=>(const Period &a, const Period &b);

private:
    Period(Type type, int year, int index) : m_type(type), m_year(year), m_index(index) {}

    Type m_type = Type::Invalid;
    int m_year = 0;
    int m_index = 0;
};

size_t qHash(const Period &period, size_t seed = 0) noexcept;
