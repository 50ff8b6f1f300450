#pragma once

#include <QList>

#include <optional>

// The statistics the analytics engine needs, as plain functions of numbers (docs/analytics.md
// gives every formula). No Qt types beyond containers, no database.
namespace Statistics {

// The 97.5 % quantile of the standard normal distribution.
inline constexpr double Z975 = 1.959963984540054;

struct Interval
{
    double low = 0;
    double high = 0;
};

// Wilson score 95 % interval for x successes of n trials, as proportions (0–1). None when
// n <= 0 or x is outside 0..n.
std::optional<Interval> wilson(double successes, double trials);

struct Welch
{
    double difference = 0; // mean(a) - mean(b)
    double se = 0;
    double df = 0;
    Interval interval;
};

// Welch's two-sample t interval for mean(a) - mean(b) at 95 %. None with fewer than two values
// on either side or no variation at all (se = 0).
std::optional<Welch> welch(const QList<double> &a, const QList<double> &b);

// The two-sided 95 % quantile t(0.975; df) of Student's t distribution.
double tQuantile975(double df);

double mean(const QList<double> &values);
// Sample variance with n - 1 in the denominator; 0 for fewer than two values.
double variance(const QList<double> &values);
double median(QList<double> values);
// Iglewicz–Hoaglin modified z-scores 0.6745 (x - median) / MAD. None when MAD is 0.
std::optional<QList<double>> modifiedZ(const QList<double> &values);

struct Line
{
    double intercept = 0;
    double slope = 0;
};

// Least-squares line y = intercept + slope x, weighted (weights > 0). None with fewer than two
// distinct x values.
std::optional<Line> leastSquares(const QList<double> &x, const QList<double> &y, const QList<double> &weights = {});

} // namespace Statistics
