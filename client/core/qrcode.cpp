#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace frontline::client {

QImage QrCode::image(const QString& text, int moduleSize)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code || moduleSize < 1)
        return QImage();
    constexpr int QuietZone = 4;
    const int modules = code->width;
    const int side = (modules + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QRgb black = qRgb(0, 0, 0);
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!(code->data[y * modules + x] & 1))
                continue;
            const int left = (x + QuietZone) * moduleSize;
            const int top = (y + QuietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(top + dy));
                for (int dx = 0; dx < moduleSize; ++dx)
                    line[left + dx] = black;
            }
        }
    }
    return image;
}

} // namespace frontline::client
