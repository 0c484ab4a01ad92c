#pragma once

#include "api/problemapi.h"

#include <QAbstractTableModel>

namespace frontline::client {

class Session;

// Candidate problems (issue 22): groups of recurring incidents of one category that share
// terms and belong to no problem yet, as problem.candidates finds them. One row per group.
class ProblemCandidatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemCandidatesModel)

public:
    enum Column { Title, Category, Incidents, ColumnCount };

    explicit ProblemCandidatesModel(Session& session, QObject* parent = nullptr);

    void reload(int days = 30, int minIncidents = 3);
    const api::CandidateProblem& candidate(int row) const { return m_items.at(row); }
    int scanned() const { return m_scanned; }
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    Session& m_session;
    QList<api::CandidateProblem> m_items;
    int m_scanned = 0;
    bool m_loaded = false;
};

} // namespace frontline::client
