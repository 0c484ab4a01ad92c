#pragma once

#include "api/problemapi.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;

namespace frontline::client::ui {

// "Resolve problem and its incidents…": the problem's resolution note, whether to resolve the
// open incidents too, and the public reply they get (the workaround to start with).
class ResolveProblemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveProblemDialog)

public:
    ResolveProblemDialog(const api::ProblemDetail& problem, QWidget* parent = nullptr);

    QString resolution() const;
    bool resolveIncidents() const;
    QString reply() const;

private:
    QPlainTextEdit* m_resolution;
    QCheckBox* m_resolveIncidents;
    QPlainTextEdit* m_reply;
};

} // namespace frontline::client::ui
