// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

/// @title IIdentityRegistry
/// @notice What Bevan's contracts read of a wallet's identity attestation: that an attester holding the DAO-granted
/// IDENTITY_ATTESTER_ROLE verified, off chain, the person who controls the wallet, at which identity level and until
/// when. Nothing identifying is on chain: `commitment` is a keyed hash (HMAC under the attester's secret) of the
/// person, the same for every wallet of that person attested by that attester, so a recovery can tell that a new
/// wallet belongs to the same person as a lost one.
interface IIdentityRegistry {
    /// @notice One wallet's current attestation. `level` is the NHS login identity level's number (0 for P0, 5 for
    /// P5, 9 for P9); `attestedAt` is zero when the wallet was never attested or its attestation was revoked.
    struct Identity {
        address attester;
        uint8 level;
        uint48 attestedAt;
        uint48 expiresAt;
        bytes32 commitment;
    }

    /// @notice The wallet's current attestation (all zero when there is none).
    /// @param wallet The wallet.
    function identityOf(address wallet) external view returns (Identity memory);

    /// @notice Whether the wallet holds an attestation at `minLevel` or above that has not expired and whose attester
    /// still holds IDENTITY_ATTESTER_ROLE.
    /// @param wallet The wallet.
    /// @param minLevel The lowest identity level accepted (0, 5 or 9).
    function isVerified(address wallet, uint8 minLevel) external view returns (bool);
}
