// libFuzzer target: any bytes as a stored snapshot chunk of leads, enrollments or touches (the
// first byte picks which binary form), through the decoder the store opens chunks with. Besides
// "no crash, no sanitizer report": what the decoder accepts, encoded again, decodes to the same
// records, so a chunk that opens once opens the same way after the next compaction.
#include "fuzz_invariants.h"
#include "store/enrollment_codec.h"
#include "store/lead_codec.h"
#include "store/record_codec.h"
#include "store/touch_codec.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cadence;
    using namespace cadence::store;
    if (size == 0) return 0;
    static constexpr std::string_view kMagics[] = {kLeadChunkMagic, kEnrollmentChunkMagic, kTouchChunkMagic};
    std::string chunk(kMagics[data[0] % 3]);
    chunk.append(reinterpret_cast<const char*>(data + 1), size - 1);
    Result<WorkspaceData> decoded = decodeRecords(chunk);
    if (!decoded) {
        fuzz::require(!decoded.error().where.empty() && !decoded.error().reason.empty(), "an error says where and why");
        return 0;
    }
    const std::string again = encodeChunkRecords(*decoded);
    Result<WorkspaceData> redecoded = decodeRecords(again);
    fuzz::require(redecoded.ok(), "an accepted chunk, encoded again, is accepted");
    fuzz::require(redecoded->leads == decoded->leads && redecoded->enrollments == decoded->enrollments &&
                      redecoded->touches == decoded->touches,
                  "an accepted chunk, encoded again, holds the same records");
    return 0;
}
