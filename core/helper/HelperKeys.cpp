#include "helper/HelperKeys.h"

namespace kt::helper {

const HelperKey *findHelperKey(std::string_view name)
{
    for (const HelperKey &key : kHelperKeys) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

} // namespace kt::helper
