#pragma once

#include <QImage>
#include <QString>

namespace frontline::client {

// QR codes (libqrencode) as images, for the two-factor enrolment: the otpauth:// URI an
// authenticator app scans. Widgets only show the image.
class QrCode final
{
public:
    // Black modules of `moduleSize` pixels on white, with the quiet zone of four modules the
    // standard asks for; a null image when the text does not fit a QR code.
    static QImage image(const QString& text, int moduleSize = 6);
};

} // namespace frontline::client
