// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC5192} from "../interfaces/IERC5192.sol";

/// @title Soulbound721
/// @notice An OpenZeppelin ERC-721 whose tokens never move once minted (ERC-5192, always locked).
/// @dev Mints and burns go through `_update` as usual; any transfer between two accounts reverts, and approvals are
/// refused because nothing could ever use them.
abstract contract Soulbound721 is ERC721, IERC5192 {
    /// @notice The token is soulbound: it cannot be transferred or approved.
    error SoulboundToken(uint256 tokenId);

    /// @inheritdoc IERC5192
    function locked(uint256 tokenId) external view returns (bool) {
        _requireOwned(tokenId);
        return true;
    }

    /// @notice Always reverts: soulbound tokens cannot be approved for transfer.
    function approve(address, uint256 tokenId) public pure override {
        revert SoulboundToken(tokenId);
    }

    /// @notice Always reverts: soulbound tokens cannot be approved for transfer.
    function setApprovalForAll(address, bool) public pure override {
        revert SoulboundToken(0);
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view virtual override returns (bool) {
        return interfaceId == type(IERC5192).interfaceId || super.supportsInterface(interfaceId);
    }

    /// @dev Allows mint (from == 0) and burn (to == 0) only.
    function _update(address to, uint256 tokenId, address auth) internal virtual override returns (address from) {
        from = super._update(to, tokenId, auth);
        if (from != address(0) && to != address(0)) revert SoulboundToken(tokenId);
    }
}
