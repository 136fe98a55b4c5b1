// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title OdsCode
/// @notice The shape of an NHS ODS organisation or site code as Bevan's contracts store it: 1-8 characters of A-Z and
/// 0-9, ASCII, left-aligned, zero-padded on the right in a bytes8.
library OdsCode {
    /// @notice Whether `code` is a well-formed ODS code (not empty, upper-case letters and digits, no gap).
    function isValid(bytes8 code) internal pure returns (bool) {
        uint64 bits = uint64(code);
        if (bits == 0) return false;
        bool ended = false;
        for (uint256 shift = 64; shift > 0;) {
            shift -= 8;
            uint64 ch = (bits >> shift) & 0xff;
            if (ch == 0) {
                ended = true;
            } else if (ended || !((ch >= 0x41 && ch <= 0x5a) || (ch >= 0x30 && ch <= 0x39))) {
                return false;
            }
        }
        return true;
    }
}
