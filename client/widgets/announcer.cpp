#include "announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace frontline::client::ui {

namespace {

// The announcer as assistive technology sees it: a notification named by its text.
class AccessibleAnnouncer final : public QAccessibleWidget
{
public:
    explicit AccessibleAnnouncer(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::Notification)
    { }

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Name)
            return static_cast<const QLabel*>(widget())->text();
        return QAccessibleWidget::text(type);
    }
};

QAccessibleInterface* announcerFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String(Announcer::staticMetaObject.className())
        && object->isWidgetType())
        return new AccessibleAnnouncer(static_cast<QWidget*>(object));
    return nullptr;
}

constexpr int ShownMs = 20000;

} // namespace

Announcer::Announcer(QWidget* parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(announcerFactory);
        return true;
    }();
    Q_UNUSED(installed)
    setObjectName(QStringLiteral("announcer"));
    setTextFormat(Qt::PlainText);
    hide();
    m_expiry.setSingleShot(true);
    m_expiry.setInterval(ShownMs);
    connect(&m_expiry, &QTimer::timeout, this, &QWidget::hide);
}

void Announcer::announce(const QString& text)
{
    hide(); // so that showing it again is a change of state, also for the same text
    setText(text);
    QAccessibleEvent named(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
    show();
    m_expiry.start();
}

} // namespace frontline::client::ui
