// libFuzzer target for the privileged helper's request parser. The input is
// split on NUL bytes into arguments, as the kernel hands argv to the helper.
// Besides crashes and sanitizer findings, it checks what the parser promises:
// an accepted request holds only allowlisted keys, each once, with values in
// range; a refusal carries a bounded message without control characters and
// no assignments. Built with clang -fsanitize=fuzzer under KT_FUZZ, and with
// the normal compiler into the corpus replay driver that runs under ctest.
#include "helper/HelperRequest.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkAccepted(const kt::helper::HelperRequest &request)
{
    using namespace kt::helper;
    check(!request.assignments.empty());
    check(request.assignments.size() <= kHelperKeys.size());
    for (std::size_t i = 0; i < request.assignments.size(); ++i) {
        const Assignment &a = request.assignments[i];
        check(findHelperKey(a.key->name) == a.key);
        check(a.value >= a.key->min && a.value <= a.key->max);
        for (std::size_t j = i + 1; j < request.assignments.size(); ++j)
            check(request.assignments[j].key != a.key);
        if (request.verb == Verb::Reset)
            check(a.value == a.key->kernelDefault);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    std::vector<std::string_view> args;
    std::size_t start = 0;
    while (start <= input.size() && !input.empty()) {
        const std::size_t end = input.find('\0', start);
        if (end == std::string_view::npos) {
            args.push_back(input.substr(start));
            break;
        }
        args.push_back(input.substr(start, end - start));
        start = end + 1;
    }
    const kt::helper::ParseResult result = kt::helper::parseHelperRequest(args);
    if (result.ok()) {
        check(result.message.empty());
        checkAccepted(result.request);
    } else {
        check(!result.message.empty() && result.message.size() < 512);
        for (const char c : result.message)
            check(static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f);
        check(result.request.assignments.empty());
    }
    return 0;
}
