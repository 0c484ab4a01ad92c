#include "fieldform.h"

#include "client/core/fieldcatalogue.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"
#include "client/widgets/userpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

constexpr double Largest = 1e12;

// A number or nothing: the lowest value stands for "none". Arrows step within the field's
// limits; a value typed outside them is kept, so the form can say what is wrong with it.
class NumberInput final : public QDoubleSpinBox
{
public:
    NumberInput(std::optional<double> min, std::optional<double> max)
        : m_min(min)
        , m_max(max)
    {
        setDecimals(6);
        setRange(-Largest - 1, Largest);
        setSpecialValueText(FieldForm::tr("None"));
        setValue(minimum());
    }

    bool isEmpty() const { return value() <= minimum(); }
    void clear() override { setValue(minimum()); }

    void stepBy(int steps) override
    {
        if (isEmpty()) {
            setValue(std::clamp(0.0, m_min.value_or(-Largest), m_max.value_or(Largest)));
            return;
        }
        setValue(std::clamp(value() + steps * singleStep(), m_min.value_or(-Largest),
                            m_max.value_or(Largest)));
    }

protected:
    QString textFromValue(double value) const override { return locale().toString(value, 'g', 15); }
    StepEnabled stepEnabled() const override { return StepUpEnabled | StepDownEnabled; }

private:
    std::optional<double> m_min;
    std::optional<double> m_max;
};

// A date or nothing (the earliest date stands for "none"; an arrow from none goes to today).
class DateInput final : public QDateEdit
{
public:
    DateInput()
    {
        setDisplayFormat(u"yyyy-MM-dd"_s);
        setMinimumDate(QDate(1753, 1, 1));
        setSpecialValueText(FieldForm::tr("None"));
        setDate(minimumDate());
    }

    bool isEmpty() const { return date() <= minimumDate(); }
    void clear() override { setDate(minimumDate()); }

    void stepBy(int steps) override
    {
        if (isEmpty())
            setDate(QDate::currentDate());
        else
            QDateEdit::stepBy(steps);
    }

protected:
    StepEnabled stepEnabled() const override { return StepUpEnabled | StepDownEnabled; }
};

QString limitText(const api::FieldDefinition& field)
{
    const QLocale locale;
    if (field.type == api::FieldType::Number) {
        if (field.min && field.max)
            return FieldForm::tr("From %1 to %2.")
                .arg(locale.toString(*field.min), locale.toString(*field.max));
        if (field.min)
            return FieldForm::tr("At least %1.").arg(locale.toString(*field.min));
        if (field.max)
            return FieldForm::tr("At most %1.").arg(locale.toString(*field.max));
    }
    if (field.type == api::FieldType::Text) {
        if (field.min && *field.min > 0)
            return FieldForm::tr("At least %n character(s).", nullptr,
                                 static_cast<int>(*field.min));
    }
    return {};
}

} // namespace

FieldForm::FieldForm(FieldCatalogue& catalogue, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_layout(new QFormLayout(this))
{
    setObjectName(u"fieldForm"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString FieldForm::description(const api::FieldDefinition& field)
{
    QStringList parts;
    if (field.required)
        parts.append(tr("Required."));
    if (const QString limits = limitText(field); !limits.isEmpty())
        parts.append(limits);
    if (!field.help.isEmpty())
        parts.append(field.help);
    if (parts.isEmpty())
        parts.append(tr("Optional.")); // a screen reader still says what is expected
    return parts.join(u' ');
}

QWidget* FieldForm::makeInput(const api::FieldDefinition& field)
{
    QWidget* input = nullptr;
    switch (field.type) {
    case api::FieldType::Text: {
        auto* edit = new QLineEdit;
        if (field.max)
            edit->setMaxLength(static_cast<int>(*field.max) + 1); // one more: said, not cut
        connect(edit, &QLineEdit::textEdited, this, &FieldForm::edited);
        input = edit;
        break;
    }
    case api::FieldType::Number: {
        auto* spin = new NumberInput(field.min, field.max);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &FieldForm::edited);
        input = spin;
        break;
    }
    case api::FieldType::Date: {
        auto* date = new DateInput;
        connect(date, &QDateEdit::dateChanged, this, &FieldForm::edited);
        input = date;
        break;
    }
    case api::FieldType::Choice: {
        auto* box = new QComboBox;
        box->addItem(tr("None"));
        for (const api::FieldOption& option : field.options) {
            if (option.active)
                box->addItem(option.label, option.key);
        }
        connect(box, &QComboBox::activated, this, &FieldForm::edited);
        input = box;
        break;
    }
    case api::FieldType::MultiChoice: {
        auto* list = new QListWidget;
        for (const api::FieldOption& option : field.options) {
            if (!option.active)
                continue;
            auto* item = new QListWidgetItem(option.label, list);
            item->setData(Qt::UserRole, option.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setMaximumHeight(std::min(6, int(field.options.size()) + 1)
                               * list->fontMetrics().height() * 3 / 2);
        list->setAccessibleName(field.label); // item views ignore their buddy label
        connect(list, &QListWidget::itemChanged, this, &FieldForm::edited);
        input = list;
        break;
    }
    case api::FieldType::User: {
        if (m_session) {
            auto* picker = new UserPicker(*m_session);
            picker->setPlaceholderText(tr("Type a name and pick the person"));
            connect(picker, &QLineEdit::textEdited, this, &FieldForm::edited);
            input = picker;
        } else {
            auto* edit = new QLineEdit; // the preview: no one to search
            edit->setPlaceholderText(tr("Type a name and pick the person"));
            input = edit;
        }
        break;
    }
    case api::FieldType::Organisation: {
        auto* box = new QComboBox;
        box->addItem(tr("None"));
        for (const Organisation& org : m_catalogue.organisations())
            box->addItem(org.name, org.id);
        connect(box, &QComboBox::activated, this, &FieldForm::edited);
        input = box;
        break;
    }
    }
    input->setObjectName(u"field_"_s + field.name);
    input->setAccessibleDescription(description(field));
    input->setToolTip(description(field));
    return input;
}

void FieldForm::setFields(const QList<api::FieldDefinition>& fields, const FieldValues& values)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    m_fields = fields;
    m_initial = values;
    for (const api::FieldDefinition& field : fields) {
        Row row {field, makeInput(field), plainLabel()};
        row.problem->setObjectName(u"problem_"_s + field.name);
        row.problem->setWordWrap(true);
        Theme::setStyleSheet(row.problem, u"color: {ErrorText};"_s);
        row.problem->hide();
        // A layout, not a widget: the label and its input stay siblings, which is how screen
        // readers find the input's name (its buddy label).
        auto* box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(row.input);
        if (!field.help.isEmpty()) {
            auto* help = plainLabel(field.help);
            help->setWordWrap(true);
            Theme::setStyleSheet(help, u"color: {MutedText};"_s);
            box->addWidget(help);
        }
        box->addWidget(row.problem);
        auto* name = plainLabel(field.required ? tr("%1 *").arg(field.label) : field.label);
        name->setBuddy(row.input);
        if (field.required)
            name->setToolTip(tr("Required"));
        m_layout->addRow(name, box);
        m_rows.append(row);
        setValue(row, values.value(field.name));
        row.input->setEnabled(!m_readOnly);
    }
}

void FieldForm::setValue(const Row& row, const FieldValue& value)
{
    QWidget* input = row.input;
    switch (row.field.type) {
    case api::FieldType::Text:
        static_cast<QLineEdit*>(input)->setText(value.toText());
        return;
    case api::FieldType::Number: {
        auto* spin = static_cast<NumberInput*>(input);
        if (value.isNumber())
            spin->setValue(value.toNumber());
        else
            spin->clear();
        return;
    }
    case api::FieldType::Date: {
        auto* edit = static_cast<DateInput*>(input);
        if (value.toDate().isValid())
            edit->setDate(value.toDate());
        else
            edit->clear();
        return;
    }
    case api::FieldType::Choice: {
        auto* box = static_cast<QComboBox*>(input);
        const QString key = value.isNone() ? QString() : value.toText();
        if (!key.isEmpty() && box->findData(key) < 0) {
            // A retired option stays shown where the ticket has it.
            const api::FieldOption* option = row.field.option(key);
            box->addItem(option ? option->label : key, key);
        }
        box->setCurrentIndex(key.isEmpty() ? 0 : box->findData(key));
        return;
    }
    case api::FieldType::MultiChoice: {
        auto* list = static_cast<QListWidget*>(input);
        const QStringList keys = value.isNone() ? QStringList() : value.keys();
        const QSignalBlocker blocker(list);
        for (const QString& key : keys) {
            bool shown = false;
            for (int i = 0; i < list->count(); ++i)
                shown = shown || list->item(i)->data(Qt::UserRole).toString() == key;
            if (!shown) {
                const api::FieldOption* option = row.field.option(key);
                auto* item = new QListWidgetItem(option ? option->label : key, list);
                item->setData(Qt::UserRole, key);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            }
        }
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
        }
        return;
    }
    case api::FieldType::User: {
        auto* edit = static_cast<QLineEdit*>(input);
        auto* picker = qobject_cast<UserPicker*>(input);
        if (value.toId() > 0 && picker)
            picker->setUser(value.toId(), m_catalogue.userName(value.toId()));
        else if (value.toId() > 0)
            edit->setText(m_catalogue.userName(value.toId()));
        else
            edit->setText(value.isNone() ? QString() : value.toText());
        return;
    }
    case api::FieldType::Organisation: {
        auto* box = static_cast<QComboBox*>(input);
        const qint64 id = value.toId();
        if (id > 0 && box->findData(id) < 0)
            box->addItem(m_catalogue.displayText(row.field, value), id);
        box->setCurrentIndex(id > 0 ? box->findData(id) : 0);
        return;
    }
    }
}

FieldValue FieldForm::valueOf(const Row& row) const
{
    QWidget* input = row.input;
    switch (row.field.type) {
    case api::FieldType::Text: {
        const QString text = static_cast<QLineEdit*>(input)->text().trimmed();
        return text.isEmpty() ? FieldValue() : FieldValue::text(text);
    }
    case api::FieldType::Number: {
        auto* spin = static_cast<NumberInput*>(input);
        return spin->isEmpty() ? FieldValue() : FieldValue::number(spin->value());
    }
    case api::FieldType::Date: {
        auto* edit = static_cast<DateInput*>(input);
        return edit->isEmpty() ? FieldValue() : FieldValue::date(edit->date());
    }
    case api::FieldType::Choice: {
        const QVariant key = static_cast<QComboBox*>(input)->currentData();
        return key.isValid() ? FieldValue::choice(key.toString()) : FieldValue();
    }
    case api::FieldType::MultiChoice: {
        auto* list = static_cast<QListWidget*>(input);
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return keys.isEmpty() ? FieldValue() : FieldValue::choices(keys);
    }
    case api::FieldType::User: {
        auto* edit = static_cast<QLineEdit*>(input);
        if (edit->text().trimmed().isEmpty())
            return {};
        auto* picker = qobject_cast<UserPicker*>(input);
        const auto id = picker ? picker->userId() : std::nullopt;
        // A name typed but nobody picked: the shared rules say so.
        return id ? FieldValue::id(*id) : FieldValue::unresolved(edit->text());
    }
    case api::FieldType::Organisation: {
        const QVariant id = static_cast<QComboBox*>(input)->currentData();
        return id.isValid() ? FieldValue::id(id.toLongLong()) : FieldValue();
    }
    }
    return {};
}

FieldValues FieldForm::values() const
{
    FieldValues values;
    for (const Row& row : m_rows)
        values.insert(row.field.name, valueOf(row));
    return values;
}

FieldValues FieldForm::changedValues() const
{
    FieldValues changed;
    for (const Row& row : m_rows) {
        const FieldValue value = valueOf(row);
        if (!value.sameAs(m_initial.value(row.field.name), row.field))
            changed.insert(row.field.name, value);
    }
    return changed;
}

void FieldForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row& row : std::as_const(m_rows))
        row.input->setEnabled(!m_readOnly);
}

bool FieldForm::validate(TicketType type, const QString& category, const FieldValues& current,
                         bool checkRequired)
{
    const auto problems = m_catalogue.problems(values(), current, type, category, checkRequired);
    showProblems(problems);
    return problems.isEmpty();
}

void FieldForm::showProblems(const QHash<QString, QString>& problems, bool focus)
{
    bool focused = !focus;
    for (const Row& row : std::as_const(m_rows)) {
        const auto it = problems.constFind(row.field.name);
        if (it == problems.constEnd()) {
            row.problem->hide();
            continue;
        }
        setPlainText(row.problem, *it);
        row.problem->show();
        if (!focused) {
            row.input->setFocus();
            focused = true;
        }
    }
}

bool FieldForm::showServerProblem(const QString& path, const QString& message)
{
    if (!path.startsWith(u"fields."_s))
        return false;
    const QString name = path.mid(7);
    for (const Row& row : std::as_const(m_rows)) {
        if (row.field.name == name) {
            setPlainText(row.problem, message);
            row.problem->show();
            return true;
        }
    }
    return false;
}

void FieldForm::clearProblems()
{
    for (const Row& row : std::as_const(m_rows))
        row.problem->hide();
}

QString FieldForm::problemAt(const QString& name) const
{
    for (const Row& row : m_rows) {
        if (row.field.name == name)
            return row.problem->isHidden() ? QString() : row.problem->text();
    }
    return {};
}

QWidget* FieldForm::input(const QString& name) const
{
    for (const Row& row : m_rows) {
        if (row.field.name == name)
            return row.input;
    }
    return nullptr;
}

QString FieldForm::firstProblem(const QHash<QString, QString>& problems) const
{
    for (const api::FieldDefinition& field : m_fields) {
        if (problems.contains(field.name))
            return tr("%1: %2").arg(field.label, problems.value(field.name));
    }
    return {};
}

} // namespace frontline::client::ui
