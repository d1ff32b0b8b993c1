// Varints, text and instants for the binary chunk codecs; see binary_fields.h.
#include "store/binary_fields.h"

namespace cadence::store {

void putVarint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

void putSigned(std::string& out, std::int64_t value) { putVarint(out, zigzag(value)); }

void putText(std::string& out, std::string_view text) {
    putVarint(out, text.size());
    out += text;
}

void putInstant(std::string& out, Instant at) { putSigned(out, at.unixSeconds); }

unsigned presenceFlags(std::initializer_list<std::pair<bool, unsigned>> fields) {
    unsigned flags = 0;
    for (auto [present, flag] : fields)
        flags |= present ? flag : 0u;
    return flags;
}

bool FieldReader::fail(const char* field, const char* reason) {
    if (!reason_) {
        failedField_ = field;
        reason_ = reason;
    }
    return false;
}

Error FieldReader::errorIn(std::string_view list, std::size_t index) const {
    std::string where = std::string(list) + "[" + std::to_string(index) + "]";
    if (*failedField_) where += std::string(".") + failedField_;
    return Error{std::move(where), reason_ ? reason_ : "damaged"};
}

} // namespace cadence::store
