// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {IIdentityRegistry} from "../../src/interfaces/IIdentityRegistry.sol";

/// @dev A minimal IIdentityRegistry for the recovery tests (the real IdentityRegistry is built separately): an
/// attester allow-list standing for IDENTITY_ATTESTER_ROLE (answered through `hasRole`, as AccessControl does), one
/// attestation per wallet, and `isVerified` checking level, expiry and the attester's role now.
contract TestIdentityRegistry is IIdentityRegistry {
    bytes32 public constant IDENTITY_ATTESTER_ROLE = keccak256("IDENTITY_ATTESTER_ROLE");

    mapping(address account => bool) public isAttester;
    mapping(address wallet => Identity) private _identities;

    constructor(address attester) {
        isAttester[attester] = true;
    }

    /// @dev Stands for the DAO granting or revoking the role.
    function setAttester(address account, bool allowed) external {
        isAttester[account] = allowed;
    }

    function hasRole(bytes32 role, address account) external view returns (bool) {
        return role == IDENTITY_ATTESTER_ROLE && isAttester[account];
    }

    function attest(address wallet, uint8 level, uint48 expiresAt, bytes32 commitment) external {
        require(isAttester[msg.sender], "not an attester");
        _identities[wallet] = Identity(msg.sender, level, uint48(block.timestamp), expiresAt, commitment);
    }

    function revokeAttestation(address wallet) external {
        delete _identities[wallet];
    }

    function identityOf(address wallet) external view returns (Identity memory) {
        return _identities[wallet];
    }

    function isVerified(address wallet, uint8 minLevel) external view returns (bool) {
        Identity memory id = _identities[wallet];
        return id.attestedAt != 0 && id.level >= minLevel && block.timestamp < id.expiresAt && isAttester[id.attester];
    }
}
