// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "./Test.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @dev A base for invariant handlers that predict every call's outcome from ghost state: the expected revert data, or
/// empty for success. A call that succeeds where the model expected a revert, or reverts where it expected success or
/// with other data than the model's, is counted as a surprise; the invariants assert that both counts stay zero.
abstract contract Handler is Test {
    /// @dev An account that holds no role anywhere.
    address public constant STRANGER = address(0x57A2);

    uint256 public unexpectedSuccesses;
    uint256 public unexpectedReverts;

    /// @dev The longest step `warp` moves time by.
    uint256 internal immutable maxWarp;

    constructor(uint256 maxWarp_) {
        maxWarp = maxWarp_;
    }

    /// @dev Time passes: one second to `maxWarp`.
    function warp(uint256 secs) public virtual {
        vm.warp(block.timestamp + bound(secs, 1, maxWarp));
    }

    /// @dev Records a call that succeeded, where the model expected `want` (empty: success).
    function _succeeded(bytes memory want) internal {
        if (want.length != 0) ++unexpectedSuccesses;
    }

    /// @dev Records a call that reverted with `err`, where the model expected `want` (empty: success).
    function _reverted(bytes memory want, bytes memory err) internal {
        if (want.length == 0 || keccak256(err) != keccak256(want)) ++unexpectedReverts;
    }

    /// @dev Two in five seeds pick `first`, two `second`, one the stranger.
    function _pick(uint256 seed, address first, address second) internal pure returns (address) {
        uint256 k = seed % 5;
        if (k < 2) return first;
        if (k < 4) return second;
        return STRANGER;
    }

    /// @dev The DAO's timelock revokes `role` from `account` if it `has` it, else grants it: this must always succeed.
    /// Returns whether `account` holds the role now.
    function _toggleRole(address timelock, IAccessControl target, bytes32 role, address account, bool has)
        internal
        returns (bool)
    {
        vm.prank(timelock);
        if (has) target.revokeRole(role, account);
        else target.grantRole(role, account);
        return !has;
    }
}
