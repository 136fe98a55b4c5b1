// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC2771Context} from "@openzeppelin/contracts/metatx/ERC2771Context.sol";
import {Context} from "@openzeppelin/contracts/utils/Context.sol";
import {IIdentityRegistry} from "./interfaces/IIdentityRegistry.sol";

/// @title IdentityRegistry
/// @notice Verified wallets without identifiers on chain. An attester (an organisation's service holding
/// IDENTITY_ATTESTER_ROLE, granted by the DAO) verifies a person off chain with an identity provider (NHS login's
/// identity levels P0, P5, P9) and records here only that a wallet is verified, at which level, until when, and a
/// keyed commitment to the person (HMAC-SHA256 under the attester's secret; never a bare hash of an identifier).
/// @dev A wallet holds at most one attestation. Renewing it (new level or expiry) keeps its commitment: binding a
/// wallet to another person needs the attestation revoked first, so the change is in the events. An attestation
/// verifies only while its attester still holds IDENTITY_ATTESTER_ROLE: the DAO revoking a compromised attester's
/// role voids every attestation it made at once.
contract IdentityRegistry is IIdentityRegistry, AccessControl, ERC2771Context {
    /// @notice Role of the attester services. Granted and revoked by the DAO's timelock.
    bytes32 public constant IDENTITY_ATTESTER_ROLE = keccak256("IDENTITY_ATTESTER_ROLE");

    /// @notice The longest an attestation may last: the person is verified again after it.
    uint48 public constant MAX_VALIDITY = 730 days;

    mapping(address wallet => Identity) private _identities;

    /// @notice `attester` attested `wallet` at `level` until `expiresAt` (a first attestation or a renewal).
    /// @param commitment The attester's keyed commitment to the person (the same for every wallet of that person).
    event WalletAttested(
        address indexed wallet, address indexed attester, uint8 level, uint48 expiresAt, bytes32 commitment
    );

    /// @notice `by` revoked the attestation `attester` had made of `wallet`.
    event AttestationRevoked(address indexed wallet, address indexed attester, address by);

    /// @notice The level is not an NHS login identity level (0, 5 or 9).
    error InvalidLevel(uint8 level);
    /// @notice The expiry is not in the future, or more than MAX_VALIDITY away.
    error InvalidExpiry(uint48 expiresAt);
    /// @notice The wallet is the zero address or the commitment is zero.
    error InvalidAttestation(address wallet, bytes32 commitment);
    /// @notice The wallet is attested to another person: revoke that attestation first.
    error CommitmentMismatch(address wallet);
    /// @notice The wallet has no attestation.
    error NotAttested(address wallet);
    /// @notice Only the attestation's attester or the DAO may revoke it.
    error NotAttestationsAttester(address wallet, address sender);

    /// @param trustedForwarder The Bevan ERC-2771 forwarder.
    /// @param admin The DAO's timelock: holds DEFAULT_ADMIN_ROLE (grants and revokes IDENTITY_ATTESTER_ROLE).
    /// @param attesters Initial holders of IDENTITY_ATTESTER_ROLE.
    constructor(address trustedForwarder, address admin, address[] memory attesters) ERC2771Context(trustedForwarder) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        for (uint256 i = 0; i < attesters.length; ++i) {
            _grantRole(IDENTITY_ATTESTER_ROLE, attesters[i]);
        }
    }

    /// @notice Attests that the person controlling `wallet` was verified at `level`, or renews the wallet's
    /// attestation (same commitment).
    /// @dev Only IDENTITY_ATTESTER_ROLE, directly or through the forwarder. Renewal by another attester is allowed
    /// with the same commitment; the wallet's attester becomes the sender.
    /// @param wallet The verified person's wallet.
    /// @param level The NHS login identity level: 0 (P0), 5 (P5) or 9 (P9).
    /// @param expiresAt When the attestation stops verifying (in the future, at most MAX_VALIDITY away).
    /// @param commitment The attester's keyed commitment to the person (HMAC-SHA256 under its secret), non-zero.
    function attest(address wallet, uint8 level, uint48 expiresAt, bytes32 commitment) external {
        address attester = _msgSender();
        _checkRole(IDENTITY_ATTESTER_ROLE, attester);
        if (level != 0 && level != 5 && level != 9) revert InvalidLevel(level);
        if (expiresAt <= block.timestamp || expiresAt > block.timestamp + MAX_VALIDITY) {
            revert InvalidExpiry(expiresAt);
        }
        if (wallet == address(0) || commitment == 0) revert InvalidAttestation(wallet, commitment);
        Identity storage id = _identities[wallet];
        if (id.attestedAt != 0 && id.commitment != commitment) revert CommitmentMismatch(wallet);
        id.attester = attester;
        id.level = level;
        id.attestedAt = uint48(block.timestamp);
        id.expiresAt = expiresAt;
        id.commitment = commitment;
        emit WalletAttested(wallet, attester, level, expiresAt, commitment);
    }

    /// @notice Revokes the wallet's attestation (e.g. a lost key, a person who withdrew, a mistaken attestation).
    /// @dev Only the attestation's own attester (while it holds IDENTITY_ATTESTER_ROLE) or DEFAULT_ADMIN_ROLE (the
    /// DAO), directly or through the forwarder.
    /// @param wallet The attested wallet.
    function revokeAttestation(address wallet) external {
        address sender = _msgSender();
        Identity storage id = _identities[wallet];
        address attester = id.attester;
        if (id.attestedAt == 0) revert NotAttested(wallet);
        bool own = sender == attester && hasRole(IDENTITY_ATTESTER_ROLE, sender);
        if (!own && !hasRole(DEFAULT_ADMIN_ROLE, sender)) revert NotAttestationsAttester(wallet, sender);
        delete _identities[wallet];
        emit AttestationRevoked(wallet, attester, sender);
    }

    /// @inheritdoc IIdentityRegistry
    function identityOf(address wallet) external view returns (Identity memory) {
        return _identities[wallet];
    }

    /// @inheritdoc IIdentityRegistry
    function isVerified(address wallet, uint8 minLevel) external view returns (bool) {
        Identity storage id = _identities[wallet];
        return id.attestedAt != 0 && id.level >= minLevel && block.timestamp < id.expiresAt
            && hasRole(IDENTITY_ATTESTER_ROLE, id.attester);
    }

    /// @notice Whether the contract implements `interfaceId` (IIdentityRegistry, AccessControl, ERC-165).
    function supportsInterface(bytes4 interfaceId) public view override returns (bool) {
        return interfaceId == type(IIdentityRegistry).interfaceId || super.supportsInterface(interfaceId);
    }

    function _msgSender() internal view override(Context, ERC2771Context) returns (address) {
        return ERC2771Context._msgSender();
    }

    function _msgData() internal view override(Context, ERC2771Context) returns (bytes calldata) {
        return ERC2771Context._msgData();
    }

    function _contextSuffixLength() internal view override(Context, ERC2771Context) returns (uint256) {
        return ERC2771Context._contextSuffixLength();
    }
}
