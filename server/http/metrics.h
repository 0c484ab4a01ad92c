#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace frontline::server {

class SqlSession;

// The Prometheus text exposition format (0.0.4): families with HELP and TYPE, then samples.
class PrometheusText
{
public:
    using Labels = QList<std::pair<QByteArray, QString>>;

    void family(const QByteArray& name, const QByteArray& type, const QByteArray& help);
    void sample(const QByteArray& name, const Labels& labels, double value);
    // A histogram from per-bucket counts (`counts` has one more entry than `bounds`: +Inf).
    void histogram(const QByteArray& name, const Labels& labels, const QList<double>& bounds,
                   const QList<quint64>& counts, double sum);
    // One gauge family with one unlabelled sample.
    void gauge(const QByteArray& name, const QByteArray& help, double value);

    const QByteArray& text() const { return m_text; }

private:
    QByteArray m_text;
};

// Counts per bucket with fixed upper bounds (Prometheus makes them cumulative on output).
struct Histogram
{
    QList<double> bounds;
    QList<quint64> counts; // bounds.size() + 1
    double sum = 0;

    explicit Histogram(QList<double> upperBounds = {});
    void observe(double value);
};

// What /metrics shows. Calls are counted by the dispatcher's observer on the network thread;
// everything else is read when /metrics is asked: sources on the network thread (writer,
// queues, connections), database gauges on a reader (the mail outbox backlog). Another part
// adds its figure with addSource() or addDatabaseGauge() (the webhook backlog: a database
// gauge "frontline_webhook_backlog", registered where the webhook worker starts).
class ServerMetrics
{
public:
    void recordCall(const QString& method, QLatin1StringView transport, qint64 micros, bool ok);

    using Source = std::function<void(PrometheusText&)>;
    void addSource(Source source) { m_sources.append(std::move(source)); }

    struct DatabaseGauge
    {
        QByteArray name;
        QByteArray help;
        std::function<qint64(SqlSession&)> read; // on a reader thread
    };
    void addDatabaseGauge(DatabaseGauge gauge) { m_databaseGauges.append(std::move(gauge)); }
    const QList<DatabaseGauge>& databaseGauges() const { return m_databaseGauges; }

    // The whole page; `databaseValues` in the order of databaseGauges() (-1: not read).
    QByteArray render(const QList<qint64>& databaseValues) const;

    static QList<double> latencyBounds();

private:
    struct CallCounts
    {
        QHash<QString, quint64> ok; // by transport
        QHash<QString, quint64> failed;
        Histogram latency {latencyBounds()};
    };
    QHash<QString, CallCounts> m_calls; // by method
    QList<Source> m_sources;
    QList<DatabaseGauge> m_databaseGauges;
};

} // namespace frontline::server
