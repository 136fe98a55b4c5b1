// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {IdentityRegistry} from "../src/IdentityRegistry.sol";
import {IIdentityRegistry} from "../src/interfaces/IIdentityRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

contract IdentityRegistryTest is BevanFixture {
    uint256 internal constant ATTESTER2_KEY = 0xA77E52;
    // Stand-ins for HMAC-SHA256 commitments (the Go `commitment` package computes the real ones off chain).
    bytes32 internal constant PERSON_A = keccak256("commitment of person A under the attester's key");
    bytes32 internal constant PERSON_B = keccak256("commitment of person B under the attester's key");

    bytes32 internal attesterRole;
    address internal attester2; // a second attester, holding the role from the start

    function setUp() public override {
        super.setUp();
        attesterRole = identities.IDENTITY_ATTESTER_ROLE();
        attester2 = _grantByDao(address(identities), attesterRole, vm.addr(ATTESTER2_KEY));
    }

    function _attest(address by, address wallet, uint8 level, uint48 expiresAt, bytes32 commitment) internal {
        vm.prank(by);
        identities.attest(wallet, level, expiresAt, commitment);
    }

    /// @dev `wallet` holds an attestation made now by `by` at `level`, expiring at `expiresAt`, of `commitment`.
    function _assertAttestedNow(address wallet, address by, uint8 level, uint48 expiresAt, bytes32 commitment)
        internal
        view
    {
        IIdentityRegistry.Identity memory id = identities.identityOf(wallet);
        assertEq(id.attester, by, "attester");
        assertEq(id.level, level, "level");
        assertEq(id.attestedAt, block.timestamp, "attestedAt");
        assertEq(id.expiresAt, expiresAt, "expiresAt");
        assertEq(id.commitment, commitment, "commitment");
    }

    function _inAYear() internal view returns (uint48) {
        return uint48(block.timestamp + 365 days);
    }

    // ------------------------------------------------------------------ attest

    function test_attest_verifies() public {
        uint48 exp = _inAYear();
        vm.expectEmit(address(identities));
        emit IdentityRegistry.WalletAttested(patient, attester, 9, exp, PERSON_A);
        _attest(attester, patient, 9, exp, PERSON_A);
        _assertAttestedNow(patient, attester, 9, exp, PERSON_A);
        assertTrue(identities.isVerified(patient, 0), "verified at P0");
        assertTrue(identities.isVerified(patient, 5), "verified at P5");
        assertTrue(identities.isVerified(patient, 9), "verified at P9");
        assertFalse(identities.isVerified(guardian, 0), "another wallet is not verified");
    }

    function test_attest_levelBelowMinimum_notVerified() public {
        _attest(attester, patient, 5, _inAYear(), PERSON_A);
        assertTrue(identities.isVerified(patient, 5), "P5");
        assertFalse(identities.isVerified(patient, 9), "not P9");
    }

    function test_attest_expires() public {
        uint48 exp = uint48(block.timestamp + 1 days);
        _attest(attester, patient, 9, exp, PERSON_A);
        vm.warp(exp - 1);
        assertTrue(identities.isVerified(patient, 9), "before expiry");
        vm.warp(exp);
        assertFalse(identities.isVerified(patient, 9), "at expiry");
        assertEq(identities.identityOf(patient).attestedAt, 1_750_000_000, "the attestation stays readable");
    }

    function test_attest_notAttester_reverts() public {
        uint48 exp = _inAYear();
        address[3] memory others = [stranger, patient, address(timelock)];
        for (uint256 i = 0; i < others.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, others[i], attesterRole
                )
            );
            _attest(others[i], patient, 9, exp, PERSON_A);
        }
        assertEq(identities.identityOf(patient).attestedAt, 0, "nothing attested");
    }

    function test_attest_invalidLevel_reverts() public {
        uint48 exp = _inAYear();
        uint8[4] memory bad = [1, 4, 8, 10];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.InvalidLevel.selector, bad[i]));
            _attest(attester, patient, bad[i], exp, PERSON_A);
        }
    }

    function test_attest_invalidExpiry_reverts() public {
        uint48 now_ = uint48(block.timestamp);
        uint48 tooFar = now_ + identities.MAX_VALIDITY() + 1;
        uint48[3] memory bad = [now_ - 1, now_, tooFar];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.InvalidExpiry.selector, bad[i]));
            _attest(attester, patient, 9, bad[i], PERSON_A);
        }
        _attest(attester, patient, 9, now_ + identities.MAX_VALIDITY(), PERSON_A);
        assertTrue(identities.isVerified(patient, 9), "the longest validity is accepted");
    }

    function test_attest_zeroWalletOrCommitment_reverts() public {
        uint48 exp = _inAYear();
        vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.InvalidAttestation.selector, address(0), PERSON_A));
        _attest(attester, address(0), 9, exp, PERSON_A);
        vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.InvalidAttestation.selector, patient, bytes32(0)));
        _attest(attester, patient, 9, exp, bytes32(0));
    }

    function test_attest_renewal_keepsCommitment() public {
        _attest(attester, patient, 5, _inAYear(), PERSON_A);
        vm.warp(block.timestamp + 30 days);
        uint48 exp = _inAYear();
        _attest(attester2, patient, 9, exp, PERSON_A);
        // Renewed by the second attester: level, attestedAt and expiry moved, the commitment kept.
        _assertAttestedNow(patient, attester2, 9, exp, PERSON_A);
    }

    function test_attest_otherPerson_reverts_untilRevoked() public {
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.CommitmentMismatch.selector, patient));
        _attest(attester, patient, 9, _inAYear(), PERSON_B);
        vm.prank(attester);
        identities.revokeAttestation(patient);
        _attest(attester, patient, 9, _inAYear(), PERSON_B);
        assertEq(identities.identityOf(patient).commitment, PERSON_B, "rebound after the revocation");
    }

    // ------------------------------------------------------------------ revoke

    function test_revoke_byAttester() public {
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        vm.expectEmit(address(identities));
        emit IdentityRegistry.AttestationRevoked(patient, attester, attester);
        vm.prank(attester);
        identities.revokeAttestation(patient);
        assertFalse(identities.isVerified(patient, 0), "not verified");
        IIdentityRegistry.Identity memory id = identities.identityOf(patient);
        assertEq(id.attestedAt, 0, "cleared");
        assertEq(id.commitment, bytes32(0), "commitment cleared");
    }

    function test_revoke_byDao() public {
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        vm.expectEmit(address(identities));
        emit IdentityRegistry.AttestationRevoked(patient, attester, address(timelock));
        vm.prank(address(timelock));
        identities.revokeAttestation(patient);
        assertFalse(identities.isVerified(patient, 0), "not verified");
    }

    function test_revoke_byOthers_reverts() public {
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        address[3] memory others = [attester2, patient, stranger];
        for (uint256 i = 0; i < others.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IdentityRegistry.NotAttestationsAttester.selector, patient, others[i])
            );
            vm.prank(others[i]);
            identities.revokeAttestation(patient);
        }
        assertTrue(identities.isVerified(patient, 9), "still verified");
    }

    function test_revoke_notAttested_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.NotAttested.selector, patient));
        vm.prank(attester);
        identities.revokeAttestation(patient);
    }

    function test_revoke_formerAttester_reverts() public {
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        vm.prank(address(timelock));
        identities.revokeRole(attesterRole, attester);
        vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.NotAttestationsAttester.selector, patient, attester));
        vm.prank(attester);
        identities.revokeAttestation(patient);
    }

    // --------------------------------------------------------- attester's role

    function test_attesterRoleRevoked_voidsItsAttestations() public {
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        _attest(attester2, guardian, 9, _inAYear(), PERSON_B);
        vm.prank(address(timelock));
        identities.revokeRole(attesterRole, attester);
        assertFalse(identities.isVerified(patient, 0), "the revoked attester's attestation no longer verifies");
        assertTrue(identities.isVerified(guardian, 9), "the other attester's still does");
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, attester, attesterRole)
        );
        _attest(attester, patient, 9, _inAYear(), PERSON_A);
        // The DAO granting the role back restores them (e.g. after a mistaken revocation).
        vm.prank(address(timelock));
        identities.grantRole(attesterRole, attester);
        assertTrue(identities.isVerified(patient, 9), "verifies again");
    }

    function test_roles_handedToTimelock() public view {
        assertTrue(identities.hasRole(identities.DEFAULT_ADMIN_ROLE(), address(timelock)), "timelock admin");
        assertFalse(identities.hasRole(identities.DEFAULT_ADMIN_ROLE(), address(this)), "deployer holds nothing");
        assertTrue(identities.hasRole(attesterRole, attester), "initial attester");
        assertTrue(identities.supportsInterface(type(IIdentityRegistry).interfaceId), "IIdentityRegistry");
        assertTrue(identities.supportsInterface(type(IERC165).interfaceId), "ERC-165");
    }

    // ------------------------------------------------------------- forwarder

    function test_forwarded_attest() public {
        vm.prank(address(timelock));
        identities.grantRole(attesterRole, stranger);
        uint48 exp = _inAYear();
        bytes memory data = abi.encodeCall(IdentityRegistry.attest, (patient, 9, exp, PERSON_A));
        ERC2771Forwarder.ForwardRequestData memory req =
            _forwardRequest(STRANGER_KEY, address(identities), data, 200_000);
        vm.expectEmit(address(identities));
        emit IdentityRegistry.WalletAttested(patient, stranger, 9, exp, PERSON_A);
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(identities.identityOf(patient).attester, stranger, "attested as the signer");
    }

    function test_forwarded_nonAttester_reverts() public {
        bytes memory data = abi.encodeCall(IdentityRegistry.attest, (patient, 9, _inAYear(), PERSON_A));
        ERC2771Forwarder.ForwardRequestData memory req =
            _forwardRequest(STRANGER_KEY, address(identities), data, 200_000);
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(identities.identityOf(patient).attestedAt, 0, "nothing attested");
    }

    // ------------------------------------------------------------------- fuzz

    function testFuzz_attest_levelsAndExpiry(address wallet, uint8 level, uint48 validity, uint8 minLevel) public {
        vm.assume(wallet != address(0));
        uint256 maxValidity = identities.MAX_VALIDITY();
        validity = uint48(bound(validity, 0, maxValidity + 30 days));
        bool levelOk = level == 0 || level == 5 || level == 9;
        bool expiryOk = validity != 0 && validity <= maxValidity;
        uint48 exp = uint48(block.timestamp) + validity;
        if (!levelOk) {
            vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.InvalidLevel.selector, level));
        } else if (!expiryOk) {
            vm.expectRevert(abi.encodeWithSelector(IdentityRegistry.InvalidExpiry.selector, exp));
        }
        _attest(attester, wallet, level, exp, PERSON_A);
        bool ok = levelOk && expiryOk;
        assertEq(identities.isVerified(wallet, minLevel), ok && level >= minLevel, "verified iff valid and high enough");
        if (ok) {
            vm.warp(exp);
            assertFalse(identities.isVerified(wallet, 0), "never after expiry");
        }
    }

    function testFuzz_onlyAttesterAttests(address caller) public {
        vm.assume(caller != attester && caller != attester2 && caller != address(forwarder));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, attesterRole)
        );
        _attest(caller, patient, 9, _inAYear(), PERSON_A);
    }
}
