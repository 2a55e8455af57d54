#include "IsoTime.h"

#include <optional>

namespace latchkey {

namespace {

// Days since 1970-01-01 to a civil date, and back (the proleptic Gregorian
// calendar, valid for every date an index can hold).
void civilFromDays(qint64 z, int& year, int& month, int& day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void digits(char* out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

char16_t at(const QString& text, qsizetype i)
{
    return text.at(i).unicode();
}
char16_t at(QByteArrayView text, qsizetype i)
{
    return static_cast<unsigned char>(text.at(i));
}

template <typename Text> bool number(const Text& text, int from, int count, int& value)
{
    value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = at(text, i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    return true;
}

int daysIn(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

QByteArray isoUtc(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    char out[] = "0000-00-00T00:00:00.000Z";
    digits(out, year, 4);
    digits(out + 5, month, 2);
    digits(out + 8, day, 2);
    digits(out + 11, static_cast<int>(rest / 3600000), 2);
    digits(out + 14, static_cast<int>(rest / 60000 % 60), 2);
    digits(out + 17, static_cast<int>(rest / 1000 % 60), 2);
    digits(out + 20, static_cast<int>(rest % 1000), 3);
    return QByteArray(out, 24);
}

namespace {

// The exact form isoUtc() writes, and the same without milliseconds (other
// tools, hand edits); std::nullopt for anything else. `Text` is a QString or
// the index's UTF-8 bytes: the index reader converts its dates without
// building a string for each.
template <typename Text> std::optional<QDateTime> exactIsoUtc(const Text& text, qsizetype size)
{
    int year, month, day, hour, minute, second, milli = 0;
    if ((size == 24 || size == 20) && at(text, 4) == u'-' && at(text, 7) == u'-' &&
        at(text, 10) == u'T' && at(text, 13) == u':' && at(text, 16) == u':' &&
        at(text, size - 1) == u'Z' && (size == 20 || at(text, 19) == u'.') &&
        number(text, 0, 4, year) && number(text, 5, 2, month) && number(text, 8, 2, day) &&
        number(text, 11, 2, hour) && number(text, 14, 2, minute) && number(text, 17, 2, second) &&
        (size == 20 || number(text, 20, 3, milli)) && month >= 1 && month <= 12 && day >= 1 &&
        day <= daysIn(year, month) && hour < 24 && minute < 60 && second < 60) {
        const qint64 ms = daysFromCivil(year, month, day) * 86400000 +
                          ((hour * 60 + minute) * 60 + second) * qint64(1000) + milli;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    return std::nullopt;
}

} // namespace

QDateTime fromIsoUtc(const QString& text)
{
    // Anything but the exact forms goes to Qt's parser, which costs a hundred
    // times more per date and would dominate reading an index; an empty text
    // (a field or attribute not written) is an invalid time without it.
    if (text.isEmpty())
        return {};
    if (auto exact = exactIsoUtc(text, text.size()))
        return *exact;
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<QDateTime> fromExactIsoUtc(QByteArrayView text)
{
    return exactIsoUtc(text, text.size());
}

} // namespace latchkey
