// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {Soulbound721} from "../src/utils/Soulbound721.sol";
import {IERC5192} from "../src/interfaces/IERC5192.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

contract ConsentRegistryTest is BevanFixture {
    address internal constant GRANTEE2 = address(0x6B2); // a GP practice
    bytes32 internal constant SCOPE = keccak256("scope: GP record, 2020-2025");
    bytes32 internal constant REASON = keccak256("unconscious in A&E, no known allergies on file");

    uint16 internal constant TREAT = uint16(1) << 0;
    uint16 internal constant ETREAT = uint16(1) << 1;
    uint16 internal constant CAREMGT_BIT = uint16(1) << 2;
    uint16 internal constant HRESCH = uint16(1) << 3;
    uint16 internal constant CLINTRL = uint16(1) << 4;
    uint16 internal constant COC = uint16(1) << 10;
    uint16 internal constant POPHLTH = uint16(1) << 11;
    uint16 internal constant RESEARCH = HRESCH | CLINTRL;
    uint16 internal constant ALL_PURPOSES = 0x3FFF;
    uint8 internal constant COLLECT = 1 << 0;
    uint8 internal constant ACCESS = 1 << 1;
    uint8 internal constant USE = 1 << 2;
    uint8 internal constant ALL_ACTIONS = 0x1F;

    function setUp() public override {
        super.setUp();
        vm.label(stranger, "stranger");
        vm.label(GRANTEE2, "GRANTEE2");
    }

    // ------------------------------------------------------------------ helpers

    function _grant(address by, address who, address grantee, uint16 purposes, uint8 actions, uint48 expiresAt)
        internal
        returns (uint256 id)
    {
        vm.prank(by);
        id = consents.grant(who, grantee, purposes, actions, expiresAt, SCOPE);
    }

    function _appoint(address who, address g) internal {
        vm.prank(who);
        consents.appointGuardian(g);
    }

    function _revoked(uint256 id) internal view returns (bool revoked) {
        (,,,,, revoked) = consents.consent(id);
    }

    function _now() internal view returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @dev isPermitted must be true exactly for the purpose/action bits set, for every index 0..13 and 0..4.
    function _assertBits(address who, address grantee, uint16 purposes, uint8 actions, bool live, string memory what)
        internal
        view
    {
        for (uint8 p = 0; p < 14; ++p) {
            for (uint8 a = 0; a < 5; ++a) {
                bool expected = live && (purposes >> p) & 1 == 1 && (actions >> a) & 1 == 1;
                assertEq(consents.isPermitted(who, grantee, p, a), expected, what);
            }
        }
    }

    // -------------------------------------------------------------------- grant

    function test_grant_byPatient() public {
        uint48 expiresAt = _now() + 365 days;
        uint256 expectedId = uint256(keccak256(abi.encodePacked(patient, GRANTEE, uint16(0)))) & ~uint256(0xFFFF);
        assertEq(consents.consentIdOf(patient, GRANTEE, 0), expectedId, "consentIdOf");

        vm.expectEmit(address(consents));
        emit IERC5192.Locked(expectedId);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentGranted(
            expectedId, patient, GRANTEE, TREAT | ETREAT, ACCESS, expiresAt, SCOPE, patient
        );
        uint256 id = _grant(patient, patient, GRANTEE, TREAT | ETREAT, ACCESS, expiresAt);

        assertEq(id, expectedId, "id");
        assertEq(consents.ownerOf(id), patient, "owner");
        assertEq(consents.balanceOf(patient), 1, "balance");
        assertEq(consents.consentCount(patient, GRANTEE), 1, "count");
        assertEq(consents.consentCount(patient, GRANTEE2), 0, "other grantee count");
        (address p, address g, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked) = consents.consent(id);
        assertEq(p, patient, "patient");
        assertEq(g, GRANTEE, "grantee");
        assertEq(purposes, TREAT | ETREAT, "purposes");
        assertEq(actions, ACCESS, "actions");
        assertEq(validUntil, expiresAt, "validUntil");
        assertFalse(revoked, "revoked");
        assertTrue(consents.locked(id), "locked");
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "treat/access");
        assertTrue(consents.isPermitted(patient, GRANTEE, 1, 1), "etreat/access");
    }

    function test_grant_byGuardian_mintsToPatient() public {
        _appoint(patient, guardian);
        uint256 expectedId = consents.consentIdOf(patient, GRANTEE, 0);

        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentGranted(expectedId, patient, GRANTEE, TREAT, ACCESS | USE, 0, SCOPE, guardian);
        uint256 id = _grant(guardian, patient, GRANTEE, TREAT, ACCESS | USE, 0);

        assertEq(id, expectedId, "id");
        assertEq(consents.ownerOf(id), patient, "token goes to the patient");
        assertEq(consents.balanceOf(guardian), 0, "guardian holds nothing");
        assertEq(consents.balanceOf(patient), 1, "patient balance");
        (,,,, uint48 validUntil,) = consents.consent(id);
        assertEq(validUntil, 0, "no expiry");
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 2), "treat/use");
    }

    function test_grant_idsAndCounts_acrossGrantees() public {
        uint256 a0 = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        uint256 b0 = _grant(patient, patient, GRANTEE2, TREAT, ACCESS, 0);
        uint256 a1 = _grant(patient, patient, GRANTEE, HRESCH, USE, 0);
        uint256 a2 = _grant(patient, patient, GRANTEE, HRESCH, USE, 0);
        assertEq(a0, consents.consentIdOf(patient, GRANTEE, 0), "a0");
        assertEq(a1, consents.consentIdOf(patient, GRANTEE, 1), "a1");
        assertEq(a2, consents.consentIdOf(patient, GRANTEE, 2), "a2");
        assertEq(b0, consents.consentIdOf(patient, GRANTEE2, 0), "b0");
        assertEq(consents.consentCount(patient, GRANTEE), 3, "count a");
        assertEq(consents.consentCount(patient, GRANTEE2), 1, "count b");
        assertEq(consents.balanceOf(patient), 4, "balance");
        assertTrue(a0 != a1 && a1 != a2 && a0 != b0, "distinct ids");
    }

    function test_grant_revertsInvalidPatient() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPatient.selector, address(0)));
        _grant(patient, address(0), GRANTEE, TREAT, ACCESS, 0);
    }

    function test_grant_revertsInvalidGrantee() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidGrantee.selector, address(0)));
        _grant(patient, patient, address(0), TREAT, ACCESS, 0);
    }

    function test_grant_revertsInvalidPurposes_empty() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, uint16(0)));
        _grant(patient, patient, GRANTEE, 0, ACCESS, 0);
    }

    function test_grant_revertsInvalidPurposes_unknownBits() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, uint16(1 << 14)));
        _grant(patient, patient, GRANTEE, uint16(1 << 14), ACCESS, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, uint16(0xFFFF)));
        _grant(patient, patient, GRANTEE, 0xFFFF, ACCESS, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, uint16(TREAT | 0x8000)));
        _grant(patient, patient, GRANTEE, TREAT | 0x8000, ACCESS, 0);
    }

    function test_grant_revertsInvalidActions_empty() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidActions.selector, uint8(0)));
        _grant(patient, patient, GRANTEE, TREAT, 0, 0);
    }

    function test_grant_revertsInvalidActions_unknownBits() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidActions.selector, uint8(1 << 5)));
        _grant(patient, patient, GRANTEE, TREAT, 1 << 5, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidActions.selector, uint8(0xFF)));
        _grant(patient, patient, GRANTEE, TREAT, 0xFF, 0);
    }

    function test_grant_revertsInvalidExpiry_now() public {
        uint48 t = _now();
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidExpiry.selector, t));
        _grant(patient, patient, GRANTEE, TREAT, ACCESS, t);
    }

    function test_grant_revertsInvalidExpiry_past() public {
        uint48 t = _now() - 1;
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidExpiry.selector, t));
        _grant(patient, patient, GRANTEE, TREAT, ACCESS, t);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidExpiry.selector, uint48(1)));
        _grant(patient, patient, GRANTEE, TREAT, ACCESS, 1);
    }

    function test_grant_expiryOneSecondAhead_ok() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, _now() + 1);
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "permits for one second");
        vm.warp(block.timestamp + 1);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "then expired");
        assertEq(consents.ownerOf(id), patient, "record stays");
    }

    function test_grant_revertsNotPatientOrGuardian() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, stranger));
        _grant(stranger, patient, GRANTEE, TREAT, ACCESS, 0);
        // The grantee cannot give itself consent either.
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, GRANTEE));
        _grant(GRANTEE, patient, GRANTEE, TREAT, ACCESS, 0);
        // A guardian of someone else is a stranger to this patient.
        _appoint(stranger, guardian);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, guardian));
        _grant(guardian, patient, GRANTEE, TREAT, ACCESS, 0);
    }

    function test_grant_checksCallerBeforeArguments() public {
        // A stranger learns nothing about argument validity: the caller check comes first.
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, stranger));
        _grant(stranger, patient, address(0), 0, 0, 1);
    }

    function test_grant_revertsTooManyConsents_whenEverySlotPermits() public {
        uint256 max = consents.MAX_CONSENTS_PER_GRANTEE();
        assertEq(max, 32, "max");
        vm.startPrank(patient);
        uint256 last;
        for (uint256 i = 0; i < max; ++i) {
            last = consents.grant(patient, GRANTEE, TREAT, ACCESS, 0, bytes32(i));
        }
        assertEq(consents.consentCount(patient, GRANTEE), 32, "count");
        assertEq(last, consents.consentIdOf(patient, GRANTEE, 31), "last id");
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.TooManyConsents.selector, patient, GRANTEE));
        consents.grant(patient, GRANTEE, TREAT, ACCESS, 0, SCOPE);
        // Another grantee is unaffected.
        consents.grant(patient, GRANTEE2, TREAT, ACCESS, 0, SCOPE);
        vm.stopPrank();
        assertEq(consents.balanceOf(patient), 33, "balance");
        (bool ok, uint256 id) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok, "permitted");
        assertEq(id, last, "highest slot");
    }

    /// @dev Issue 11 item 5: on the old code 256 grant+revoke pairs locked the pair forever (TooManyConsents). Now
    /// a grant reuses a slot whose consent was revoked, however many came before.
    function test_grant_reusesRevokedSlots_noLockout() public {
        _appoint(patient, guardian);
        vm.startPrank(guardian);
        uint256 firstId;
        for (uint256 i = 0; i < 300; ++i) {
            uint256 id = consents.grant(patient, GRANTEE, TREAT, ACCESS, 0, bytes32(i));
            if (i == 0) firstId = id;
            consents.revoke(id);
        }
        vm.stopPrank();
        assertEq(consents.consentCount(patient, GRANTEE), 32, "slots stay bounded");
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "all revoked");
        // The patient still grants; the new consent permits and has a fresh id.
        uint256 fresh = _grant(patient, patient, GRANTEE, CAREMGT_BIT, USE, 0);
        assertTrue(consents.isPermitted(patient, GRANTEE, 2, 2), "fresh consent permits");
        assertEq(consents.ownerOf(fresh), patient, "minted");
        assertEq(consents.balanceOf(patient), 301, "every token stays with the patient");
        // The first consent's slot was reused: its record is superseded, its token stays.
        assertEq(consents.ownerOf(firstId), patient, "old token stays");
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.ConsentSuperseded.selector, firstId));
        consents.consent(firstId);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.ConsentSuperseded.selector, firstId));
        vm.prank(patient);
        consents.revoke(firstId);
    }

    function test_grant_reusesExpiredSlot_renewingDaily() public {
        vm.startPrank(patient);
        uint256 prev;
        for (uint256 day = 0; day < 400; ++day) {
            uint256 id = consents.grant(patient, GRANTEE, TREAT, ACCESS, _now() + 1 days, bytes32(day));
            assertTrue(id != prev, "fresh id");
            prev = id;
            vm.warp(block.timestamp + 1 days);
        }
        vm.stopPrank();
        assertEq(consents.consentCount(patient, GRANTEE), 32, "slots bounded");
        _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "renewed");
    }

    function test_grant_reuseKeepsLiveConsents() public {
        // 31 revoked and one live consent in slot 0: reuse never touches the live one.
        uint256 live = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.startPrank(patient);
        for (uint256 i = 1; i < 32; ++i) {
            consents.revoke(consents.grant(patient, GRANTEE, ETREAT, ACCESS, 0, bytes32(i)));
        }
        for (uint256 i = 0; i < 31; ++i) {
            consents.grant(patient, GRANTEE, ETREAT, ACCESS, 0, bytes32(i));
        }
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.TooManyConsents.selector, patient, GRANTEE));
        consents.grant(patient, GRANTEE, ETREAT, ACCESS, 0, SCOPE);
        vm.stopPrank();
        assertFalse(_revoked(live), "live consent untouched");
        (bool ok, uint256 id) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok && id == live, "live one still permits");
    }

    function test_isPermitted_fullPairOfDeadConsents_gas() public {
        vm.startPrank(patient);
        for (uint256 i = 0; i < 32; ++i) {
            consents.revoke(consents.grant(patient, GRANTEE, TREAT, ACCESS, 0, bytes32(i)));
        }
        vm.stopPrank();
        uint256 before = gasleft();
        bool ok = consents.isPermitted(patient, GRANTEE, 0, 1);
        uint256 used = before - gasleft();
        assertFalse(ok, "none permits");
        // The old code visited up to 256 consents (~205k gas warm); the cap is now 32 slots.
        assertTrue(used < 60_000, "bounded by the slot cap");
    }

    // --------------------------------------------------- research, self-grant, guardians (issues 13, 11)

    function test_grant_guardianResearch_reverts() public {
        _appoint(patient, guardian);
        vm.expectRevert(
            abi.encodeWithSelector(ConsentRegistry.ResearchNeedsPatient.selector, patient, guardian, HRESCH)
        );
        _grant(guardian, patient, GRANTEE, TREAT | HRESCH, ACCESS, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ConsentRegistry.ResearchNeedsPatient.selector, patient, guardian, RESEARCH)
        );
        _grant(guardian, patient, GRANTEE, RESEARCH, ACCESS, 0);
        // The patient may.
        _grant(patient, patient, GRANTEE, RESEARCH, ACCESS, 0);
        assertTrue(consents.isPermitted(patient, GRANTEE, 3, 1), "patient's research consent");
        // Non-research purposes from the guardian are fine, the new ones included.
        _grant(guardian, patient, GRANTEE2, COC | POPHLTH, ACCESS, 0);
        assertTrue(consents.isPermitted(patient, GRANTEE2, 10, 1), "coc");
        assertTrue(consents.isPermitted(patient, GRANTEE2, 11, 1), "pophlth");
    }

    function test_grant_guardianSelfGrant_reverts() public {
        _appoint(patient, guardian);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.GuardianSelfGrant.selector, patient, guardian));
        _grant(guardian, patient, guardian, TREAT, ALL_ACTIONS, 0);
        // The patient may name the guardian as a grantee (e.g. a family carer who needs access).
        _grant(patient, patient, guardian, TREAT, ACCESS, 0);
    }

    function test_removeGuardian_revokesItsGrants() public {
        _appoint(patient, guardian);
        address guardian2 = address(0x6A2D);
        _appoint(patient, guardian2);
        uint256 byGuardian = _grant(guardian, patient, GRANTEE, ALL_PURPOSES & ~RESEARCH, ALL_ACTIONS, 0);
        uint256 byGuardian2 = _grant(guardian2, patient, GRANTEE2, CAREMGT_BIT, ACCESS, 0);
        uint256 byPatient = _grant(patient, patient, GRANTEE, CAREMGT_BIT, ACCESS, 0);
        vm.warp(block.timestamp + 100);
        uint48 removedAt = _now();
        vm.prank(patient);
        consents.removeGuardian(guardian);
        (,,,, uint48 validUntil, bool revoked) = consents.consent(byGuardian);
        assertTrue(revoked, "guardian's grant reads as revoked");
        assertEq(validUntil, removedAt, "at the removal");
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "no longer permits");
        assertTrue(consents.isPermitted(patient, GRANTEE, 2, 1), "patient's own consent stands");
        (bool ok, uint256 id) = consents.permittingConsent(patient, GRANTEE, 2, 1);
        assertTrue(ok && id == byPatient, "by the patient's consent");
        assertTrue(consents.isPermitted(patient, GRANTEE2, 2, 1), "other guardian's grant stands");
        (,,,,, revoked) = consents.consent(byGuardian2);
        assertFalse(revoked, "other guardian's grant not revoked");
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.AlreadyRevoked.selector, byGuardian));
        vm.prank(patient);
        consents.revoke(byGuardian);
        // Appointed again, the guardian's old grant stays revoked; new grants permit until the next removal.
        vm.warp(block.timestamp + 100);
        _appoint(patient, guardian);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "old grant stays revoked");
        uint256 again = _grant(guardian, patient, GRANTEE, TREAT, ACCESS, 0);
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "new grant permits");
        vm.warp(block.timestamp + 100);
        vm.prank(patient);
        consents.removeGuardian(guardian);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "ended again");
        (,,,, validUntil,) = consents.consent(byGuardian);
        assertEq(validUntil, removedAt, "first removal still dates the old grant");
        (,,,, validUntil,) = consents.consent(again);
        assertEq(validUntil, _now(), "second removal dates the new one");
    }

    // ---------------------------------------------------------------- objections

    function _object(address by, address who, address grantee, uint16 purposes) internal returns (uint256 id) {
        vm.prank(by);
        id = consents.object(who, grantee, purposes);
    }

    function test_objection_overridesResearchConsent() public {
        _grant(patient, patient, GRANTEE, TREAT | HRESCH, ALL_ACTIONS, 0);
        assertTrue(consents.isPermitted(patient, GRANTEE, 3, 1), "research permitted");
        vm.expectEmit(address(consents));
        emit ConsentRegistry.ObjectionRecorded(1, patient, address(0), HRESCH, patient);
        uint256 oid = _object(patient, patient, address(0), HRESCH);
        assertEq(oid, 1, "first id");
        assertFalse(consents.isPermitted(patient, GRANTEE, 3, 1), "objection wins over the consent");
        (bool ok, uint256 id) = consents.permittingConsent(patient, GRANTEE, 3, 1);
        assertFalse(ok, "not permitted");
        assertEq(id, 0, "no consent named");
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "other purposes unaffected");
        assertEq(consents.objectedPurposes(patient, GRANTEE2), HRESCH, "every grantee");
        (address p, address g, uint16 purposes, bool byPatient, bool withdrawn) = consents.objection(oid);
        assertTrue(p == patient && g == address(0) && purposes == HRESCH && byPatient && !withdrawn, "record");

        vm.expectEmit(address(consents));
        emit ConsentRegistry.ObjectionWithdrawn(oid, patient, address(0), HRESCH, patient);
        vm.prank(patient);
        consents.withdrawObjection(oid);
        assertTrue(consents.isPermitted(patient, GRANTEE, 3, 1), "permitted again");
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.ObjectionAlreadyWithdrawn.selector, oid));
        vm.prank(patient);
        consents.withdrawObjection(oid);
    }

    function test_objection_oneGrantee() public {
        _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        _grant(patient, patient, GRANTEE2, TREAT, ACCESS, 0);
        _object(patient, patient, GRANTEE2, TREAT | COC);
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "other grantee unaffected");
        assertFalse(consents.isPermitted(patient, GRANTEE2, 0, 1), "objected grantee");
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.AlreadyObjected.selector, patient, GRANTEE2, COC));
        _object(patient, patient, GRANTEE2, COC | POPHLTH);
        // The same purposes for every grantee is a separate objection; withdrawing one leaves the other.
        uint256 all = _object(patient, patient, address(0), TREAT);
        vm.prank(patient);
        consents.withdrawObjection(all);
        assertFalse(consents.isPermitted(patient, GRANTEE2, 0, 1), "grantee objection stands");
        assertTrue(consents.isPermitted(patient, GRANTEE, 0, 1), "all-grantee objection gone");
    }

    function test_objection_guardianRules() public {
        _appoint(patient, guardian);
        vm.expectRevert(
            abi.encodeWithSelector(ConsentRegistry.ResearchNeedsPatient.selector, patient, guardian, CLINTRL)
        );
        _object(guardian, patient, address(0), CLINTRL | TREAT);
        uint256 g = _object(guardian, patient, GRANTEE, TREAT);
        uint256 p = _object(patient, patient, GRANTEE, ETREAT);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.PatientObjection.selector, p, guardian));
        vm.prank(guardian);
        consents.withdrawObjection(p);
        vm.prank(guardian);
        consents.withdrawObjection(g);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, stranger));
        _object(stranger, patient, GRANTEE, TREAT);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, stranger));
        vm.prank(stranger);
        consents.withdrawObjection(p);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.UnknownObjection.selector, uint256(99)));
        vm.prank(patient);
        consents.withdrawObjection(99);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, uint16(0)));
        _object(patient, patient, GRANTEE, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, uint16(1 << 14)));
        _object(patient, patient, GRANTEE, uint16(1 << 14));
    }

    function testFuzz_objection_neverPermitted(uint16 granted, uint16 objected, uint8 purpose, bool allGrantees)
        public
    {
        granted = uint16(bound(granted, 1, ALL_PURPOSES));
        objected = uint16(bound(objected, 1, ALL_PURPOSES));
        purpose = uint8(bound(purpose, 0, 13));
        _grant(patient, patient, GRANTEE, granted, ALL_ACTIONS, 0);
        _object(patient, patient, allGrantees ? address(0) : GRANTEE, objected);
        bool want = (granted >> purpose) & 1 == 1 && (objected >> purpose) & 1 == 0;
        for (uint8 a = 0; a < 5; ++a) {
            assertEq(consents.isPermitted(patient, GRANTEE, purpose, a), want, "objection decides");
        }
    }

    // ------------------------------------------------------------------- revoke

    function test_revoke_byPatient_keepsRecord() public {
        uint48 expiresAt = _now() + 30 days;
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, expiresAt);
        vm.warp(block.timestamp + 1 days);
        uint48 t = _now();

        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentRevoked(id, patient, GRANTEE, t, patient);
        vm.prank(patient);
        consents.revoke(id);

        (address p, address g, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked) = consents.consent(id);
        assertEq(p, patient, "patient");
        assertEq(g, GRANTEE, "grantee");
        assertEq(purposes, TREAT, "purposes");
        assertEq(actions, ACCESS, "actions");
        assertEq(validUntil, t, "validUntil = revocation time");
        assertTrue(revoked, "revoked");
        assertEq(consents.ownerOf(id), patient, "token stays");
        assertEq(consents.balanceOf(patient), 1, "balance");
        assertEq(consents.consentCount(patient, GRANTEE), 1, "count");
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "no longer permitted");
    }

    function test_revoke_noExpiry_setsValidUntil() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.warp(block.timestamp + 100);
        vm.prank(patient);
        consents.revoke(id);
        (,,,, uint48 validUntil, bool revoked) = consents.consent(id);
        assertEq(validUntil, _now(), "validUntil");
        assertTrue(revoked, "revoked");
    }

    function test_revoke_byGuardian() public {
        _appoint(patient, guardian);
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentRevoked(id, patient, GRANTEE, _now(), guardian);
        vm.prank(guardian);
        consents.revoke(id);
        assertTrue(_revoked(id), "revoked");
    }

    function test_revoke_expiredConsent_keepsExpiry() public {
        uint48 expiresAt = _now() + 10;
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, expiresAt);
        vm.warp(expiresAt + 50);
        vm.prank(patient);
        consents.revoke(id);
        (,,,, uint48 validUntil, bool revoked) = consents.consent(id);
        assertEq(validUntil, expiresAt, "already expired: expiry kept");
        assertTrue(revoked, "revoked");
    }

    function test_revoke_revertsAlreadyRevoked() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.prank(patient);
        consents.revoke(id);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.AlreadyRevoked.selector, id));
        vm.prank(patient);
        consents.revoke(id);
    }

    function test_revoke_revertsUnknownConsent() public {
        uint256 id = consents.consentIdOf(patient, GRANTEE, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.UnknownConsent.selector, id));
        vm.prank(patient);
        consents.revoke(id);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.UnknownConsent.selector, uint256(42)));
        vm.prank(patient);
        consents.revoke(42);
    }

    function test_revoke_revertsNotPatientOrGuardian() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, stranger));
        vm.prank(stranger);
        consents.revoke(id);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, GRANTEE));
        vm.prank(GRANTEE);
        consents.revoke(id);
    }

    // --------------------------------------------------- isPermitted / permitting

    function test_isPermitted_bits() public {
        uint16 purposes = TREAT | HRESCH | uint16(1 << 9);
        uint8 actions = COLLECT | USE | uint8(1 << 4);
        uint256 id = _grant(patient, patient, GRANTEE, purposes, actions, 0);
        _assertBits(patient, GRANTEE, purposes, actions, true, "bits");
        (bool ok, uint256 got) = consents.permittingConsent(patient, GRANTEE, 9, 4);
        assertTrue(ok, "9/4");
        assertEq(got, id, "id");
        (ok, got) = consents.permittingConsent(patient, GRANTEE, 1, 0);
        assertFalse(ok, "etreat not granted");
        assertEq(got, 0, "zero id when not permitted");
        // Other pairs see nothing.
        _assertBits(patient, GRANTEE2, 0, 0, false, "other grantee");
        _assertBits(guardian, GRANTEE, 0, 0, false, "other patient");
        _assertBits(GRANTEE, patient, 0, 0, false, "reversed pair");
    }

    function test_isPermitted_outOfRangeIndex() public {
        _grant(patient, patient, GRANTEE, ALL_PURPOSES, ALL_ACTIONS, 0);
        _assertBits(patient, GRANTEE, ALL_PURPOSES, ALL_ACTIONS, true, "all");
        assertFalse(consents.isPermitted(patient, GRANTEE, 14, 0), "purpose 14");
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 5), "action 5");
        assertFalse(consents.isPermitted(patient, GRANTEE, 255, 255), "255/255");
        assertFalse(consents.isPermitted(patient, GRANTEE, 15, 7), "bits past the masks");
        (bool ok, uint256 id) = consents.permittingConsent(patient, GRANTEE, 14, 0);
        assertFalse(ok, "permittingConsent 14");
        assertEq(id, 0, "id 0");
    }

    function test_isPermitted_noConsent() public view {
        _assertBits(patient, GRANTEE, 0, 0, false, "nothing granted");
    }

    function test_permittingConsent_multipleConsents_newestWins() public {
        uint256 c0 = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        uint256 c1 = _grant(patient, patient, GRANTEE, TREAT | HRESCH, ACCESS | USE, _now() + 10 days);
        uint256 c2 = _grant(patient, patient, GRANTEE, ETREAT, COLLECT, 0);

        (bool ok, uint256 id) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok && id == c1, "treat/access: newest covering is c1");
        (ok, id) = consents.permittingConsent(patient, GRANTEE, 3, 2);
        assertTrue(ok && id == c1, "research/use: c1");
        (ok, id) = consents.permittingConsent(patient, GRANTEE, 1, 0);
        assertTrue(ok && id == c2, "etreat/collect: c2");

        // c1 expires: c0 takes over for treat/access, research/use is gone.
        vm.warp(block.timestamp + 10 days);
        (ok, id) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok && id == c0, "after c1 expiry: c0");
        assertFalse(consents.isPermitted(patient, GRANTEE, 3, 2), "research/use gone");

        // A newer covering consent takes precedence again; revoking it falls back to c0.
        uint256 c3 = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        (ok, id) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok && id == c3, "c3");
        vm.prank(patient);
        consents.revoke(c3);
        (ok, id) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok && id == c0, "back to c0");
        vm.prank(patient);
        consents.revoke(c0);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "all treat/access consents revoked");
        (ok, id) = consents.permittingConsent(patient, GRANTEE, 1, 0);
        assertTrue(ok && id == c2, "c2 untouched");
    }

    function test_isPermitted_expiryBoundary() public {
        uint48 expiresAt = _now() + 1 hours;
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, expiresAt);
        vm.warp(expiresAt - 1);
        (bool ok, uint256 got) = consents.permittingConsent(patient, GRANTEE, 0, 1);
        assertTrue(ok, "permitted at expiresAt - 1");
        assertEq(got, id, "id");
        vm.warp(expiresAt);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "not at expiresAt");
        vm.warp(expiresAt + 1);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "not after");
        vm.warp(uint256(expiresAt) + 3650 days);
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "not long after");
        (,,,, uint48 validUntil, bool revoked) = consents.consent(id);
        assertEq(validUntil, expiresAt, "record unchanged");
        assertFalse(revoked, "expiry is not revocation");
    }

    function test_consent_revertsNonexistent() public {
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, uint256(7)));
        consents.consent(7);
    }

    // ---------------------------------------------------------------- guardians

    function test_guardians_appointRemove() public {
        address guardian2 = address(0x6A2D);
        assertEq(consents.guardiansOf(patient).length, 0, "none");
        assertFalse(consents.isGuardian(patient, guardian), "not yet");

        vm.expectEmit(address(consents));
        emit ConsentRegistry.GuardianAppointed(patient, guardian);
        _appoint(patient, guardian);
        _appoint(patient, guardian2);
        assertTrue(consents.isGuardian(patient, guardian), "guardian");
        assertTrue(consents.isGuardian(patient, guardian2), "guardian2");
        assertFalse(consents.isGuardian(guardian, patient), "not symmetric");
        address[] memory gs = consents.guardiansOf(patient);
        assertEq(gs.length, 2, "two");
        assertEq(gs[0], guardian, "gs[0]");
        assertEq(gs[1], guardian2, "gs[1]");

        vm.expectEmit(address(consents));
        emit ConsentRegistry.GuardianRemoved(patient, guardian);
        vm.prank(patient);
        consents.removeGuardian(guardian);
        assertFalse(consents.isGuardian(patient, guardian), "removed");
        gs = consents.guardiansOf(patient);
        assertEq(gs.length, 1, "one");
        assertEq(gs[0], guardian2, "left");
    }

    function test_guardians_revertsInvalidGuardian() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidGuardian.selector, address(0)));
        _appoint(patient, address(0));
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidGuardian.selector, patient));
        _appoint(patient, patient);
    }

    function test_guardians_revertsGuardianExists() public {
        _appoint(patient, guardian);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.GuardianExists.selector, patient, guardian));
        _appoint(patient, guardian);
    }

    function test_guardians_revertsGuardianNotFound() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.GuardianNotFound.selector, patient, guardian));
        vm.prank(patient);
        consents.removeGuardian(guardian);
        // A guardian cannot remove itself from the patient's list (the call acts for the guardian's own list).
        _appoint(patient, guardian);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.GuardianNotFound.selector, guardian, guardian));
        vm.prank(guardian);
        consents.removeGuardian(guardian);
        assertTrue(consents.isGuardian(patient, guardian), "still guardian");
    }

    function test_guardians_removedGuardianCannotGrantOrRevoke() public {
        _appoint(patient, guardian);
        uint256 id = _grant(guardian, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.prank(patient);
        consents.removeGuardian(guardian);

        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, guardian));
        _grant(guardian, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, guardian));
        vm.prank(guardian);
        consents.revoke(id);
        // Removal revoked what the guardian granted (issue 11 item 7).
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 1), "earlier grant ended by the removal");
    }

    // ------------------------------------------------------------ break-glass

    function test_emergency_recordsAccess() public {
        vm.warp(1_760_000_000);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.EmergencyAccess(patient, RESPONDER, REASON, uint48(1_760_000_000));
        vm.prank(RESPONDER);
        consents.recordEmergencyAccess(patient, REASON);
    }

    function test_emergency_neverPermits() public {
        vm.prank(RESPONDER);
        consents.recordEmergencyAccess(patient, REASON);
        _assertBits(patient, RESPONDER, 0, 0, false, "no standing consent for the responder");
        assertEq(consents.consentCount(patient, RESPONDER), 0, "no consent recorded");
        assertEq(consents.balanceOf(patient), 0, "nothing minted");
        // Nor does it widen an existing consent.
        _grant(patient, patient, RESPONDER, TREAT, ACCESS, 0);
        vm.prank(RESPONDER);
        consents.recordEmergencyAccess(patient, REASON);
        _assertBits(patient, RESPONDER, TREAT, ACCESS, true, "only what was granted");
    }

    function test_emergency_revertsMissingReason() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.MissingReason.selector));
        vm.prank(RESPONDER);
        consents.recordEmergencyAccess(patient, bytes32(0));
    }

    function test_emergency_revertsInvalidPatient() public {
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPatient.selector, address(0)));
        vm.prank(RESPONDER);
        consents.recordEmergencyAccess(address(0), REASON);
    }

    function test_emergency_revertsWithoutRole() public {
        bytes32 role = consents.EMERGENCY_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        consents.recordEmergencyAccess(patient, REASON);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, patient, role));
        vm.prank(patient);
        consents.recordEmergencyAccess(patient, REASON);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(timelock), role)
        );
        vm.prank(address(timelock));
        consents.recordEmergencyAccess(patient, REASON);
    }

    // ------------------------------------------------------------------- roles

    function test_roles_onlyTimelockGrantsEmergencyRole() public {
        bytes32 role = consents.EMERGENCY_ROLE();
        bytes32 admin = consents.DEFAULT_ADMIN_ROLE();
        assertEq(consents.getRoleAdmin(role), admin, "admin role");
        assertTrue(consents.hasRole(admin, address(timelock)), "timelock is admin");
        assertTrue(consents.hasRole(role, RESPONDER), "initial responder");

        address[3] memory notAdmins = [address(this), RESPONDER, patient];
        for (uint256 i = 0; i < notAdmins.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, notAdmins[i], admin)
            );
            vm.prank(notAdmins[i]);
            consents.grantRole(role, stranger);
        }

        vm.prank(address(timelock));
        consents.grantRole(role, stranger);
        assertTrue(consents.hasRole(role, stranger), "granted");
        vm.prank(stranger);
        consents.recordEmergencyAccess(patient, REASON);

        vm.prank(address(timelock));
        consents.revokeRole(role, stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        consents.recordEmergencyAccess(patient, REASON);
    }

    function test_roles_deployerHoldsNone() public view {
        assertFalse(consents.hasRole(consents.DEFAULT_ADMIN_ROLE(), address(this)), "consents admin");
        assertFalse(consents.hasRole(consents.EMERGENCY_ROLE(), address(this)), "consents emergency");
        assertFalse(anchors.hasRole(anchors.DEFAULT_ADMIN_ROLE(), address(this)), "anchors admin");
        assertFalse(anchors.hasRole(anchors.CUSTODIAN_ROLE(), address(this)), "anchors custodian");
        assertFalse(timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(this)), "timelock admin");
    }

    // ---------------------------------------------------------------- soulbound

    function test_soulbound_transfersRevert() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, id));
        consents.transferFrom(patient, GRANTEE, id);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, id));
        consents.safeTransferFrom(patient, GRANTEE, id);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, id));
        consents.safeTransferFrom(patient, GRANTEE, id, "data");
        vm.stopPrank();
        // Someone else gets the ordinary ERC-721 refusal first.
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, stranger, id));
        vm.prank(stranger);
        consents.transferFrom(patient, stranger, id);
        assertEq(consents.ownerOf(id), patient, "still the patient's");
    }

    function test_soulbound_approvalsRevert() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, id));
        consents.approve(GRANTEE, id);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, uint256(0)));
        consents.setApprovalForAll(GRANTEE, true);
        vm.expectRevert(abi.encodeWithSelector(Soulbound721.SoulboundToken.selector, uint256(0)));
        consents.setApprovalForAll(GRANTEE, false);
        vm.stopPrank();
        assertEq(consents.getApproved(id), address(0), "no approval");
        assertFalse(consents.isApprovedForAll(patient, GRANTEE), "no operator");
    }

    function test_soulbound_locked() public {
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        assertTrue(consents.locked(id), "locked");
        vm.prank(patient);
        consents.revoke(id);
        assertTrue(consents.locked(id), "still locked after revocation");
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, id + 1));
        consents.locked(id + 1);
    }

    function test_supportsInterface() public view {
        _assertSoulbound721(consents);
        assertTrue(consents.supportsInterface(type(IAccessControl).interfaceId), "AccessControl");
        assertFalse(consents.supportsInterface(0xffffffff), "0xffffffff");
        assertFalse(consents.supportsInterface(0x780e9d63), "not enumerable");
        assertEq(keccak256(bytes(consents.name())), keccak256("Bevan Patient Consent"), "name");
        assertEq(keccak256(bytes(consents.symbol())), keccak256("BCONSENT"), "symbol");
    }

    // ------------------------------------------------------------------ ERC-2771

    function test_forwarded_grantAndRevoke_actAsSigner() public {
        assertTrue(consents.isTrustedForwarder(address(forwarder)), "trusts forwarder");
        uint256 expectedId = consents.consentIdOf(patient, GRANTEE, 0);
        bytes memory data = abi.encodeCall(ConsentRegistry.grant, (patient, GRANTEE, TREAT, ACCESS, 0, SCOPE));
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(PATIENT_KEY, address(consents), data, 300_000);

        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentGranted(expectedId, patient, GRANTEE, TREAT, ACCESS, 0, SCOPE, patient);
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(consents.ownerOf(expectedId), patient, "minted to the signer");
        assertEq(consents.balanceOf(RELAYER), 0, "relayer holds nothing");
        assertEq(forwarder.nonces(patient), 1, "nonce used");

        req = _forwardRequest(
            PATIENT_KEY, address(consents), abi.encodeCall(ConsentRegistry.revoke, (expectedId)), 200_000
        );
        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentRevoked(expectedId, patient, GRANTEE, _now(), patient);
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertTrue(_revoked(expectedId), "revoked by signer");
    }

    function test_forwarded_guardianFlow() public {
        // The patient appoints a guardian through the relayer; the guardian then grants through it too.
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(
            PATIENT_KEY, address(consents), abi.encodeCall(ConsentRegistry.appointGuardian, (guardian)), 200_000
        );
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertTrue(consents.isGuardian(patient, guardian), "appointed by signer");

        req = _forwardRequest(
            GUARDIAN_KEY,
            address(consents),
            abi.encodeCall(ConsentRegistry.grant, (patient, GRANTEE, TREAT, ACCESS, 0, SCOPE)),
            300_000
        );
        uint256 expectedId = consents.consentIdOf(patient, GRANTEE, 0);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentGranted(expectedId, patient, GRANTEE, TREAT, ACCESS, 0, SCOPE, guardian);
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(consents.ownerOf(expectedId), patient, "patient owns it");
    }

    function test_forwarded_strangerForOtherPatient_reverts() public {
        bytes memory data = abi.encodeCall(ConsentRegistry.grant, (patient, GRANTEE, TREAT, ACCESS, 0, SCOPE));
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(STRANGER_KEY, address(consents), data, 300_000);
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(consents.balanceOf(patient), 0, "nothing minted");
        assertEq(forwarder.nonces(stranger), 0, "nonce not used");

        // Revoke too.
        uint256 id = _grant(patient, patient, GRANTEE, TREAT, ACCESS, 0);
        req = _forwardRequest(STRANGER_KEY, address(consents), abi.encodeCall(ConsentRegistry.revoke, (id)), 200_000);
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        vm.prank(RELAYER);
        forwarder.execute(req);
    }

    function test_forwarded_tamperedRequest_reverts() public {
        // A relayer cannot swap the data of a signed request.
        bytes memory data = abi.encodeCall(ConsentRegistry.grant, (patient, GRANTEE, TREAT, ACCESS, 0, SCOPE));
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(PATIENT_KEY, address(consents), data, 300_000);
        req.data = abi.encodeCall(ConsentRegistry.grant, (patient, RELAYER, ALL_PURPOSES, ALL_ACTIONS, 0, SCOPE));
        vm.prank(RELAYER);
        (bool ok, bytes memory ret) = address(forwarder).call(abi.encodeCall(ERC2771Forwarder.execute, (req)));
        assertFalse(ok, "reverted");
        assertEq(bytes4(ret), ERC2771Forwarder.ERC2771ForwarderInvalidSigner.selector, "invalid signer");
        assertEq(consents.balanceOf(patient), 0, "nothing minted");
    }

    function test_directCall_appendedSenderIgnored() public {
        // Outside the forwarder, trailing bytes are not read as the sender.
        bytes memory data = abi.encodePacked(
            abi.encodeCall(ConsentRegistry.grant, (patient, GRANTEE, TREAT, ACCESS, 0, SCOPE)), patient
        );
        vm.prank(RELAYER);
        (bool ok, bytes memory ret) = address(consents).call(data);
        assertFalse(ok, "reverted");
        assertEq(
            keccak256(ret),
            keccak256(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, RELAYER)),
            "as the relayer itself"
        );
    }

    // ---------------------------------------------------------------------- fuzz

    function testFuzz_grant_isPermittedMatchesBits(
        uint16 purposes,
        uint8 actions,
        uint48 ttl,
        bool noExpiry,
        uint256 beforeOffset,
        uint256 afterOffset,
        bool byGuardian
    ) public {
        purposes = uint16(bound(purposes, 1, ALL_PURPOSES));
        if (byGuardian) purposes = purposes & ~RESEARCH == 0 ? TREAT : purposes & ~RESEARCH;
        actions = uint8(bound(actions, 1, ALL_ACTIONS));
        ttl = uint48(bound(ttl, 1, 100 * 365 days));
        uint48 start = _now();
        uint48 expiresAt = noExpiry ? 0 : start + ttl;
        address by = patient;
        if (byGuardian) {
            _appoint(patient, guardian);
            by = guardian;
        }
        uint256 id = _grant(by, patient, GRANTEE, purposes, actions, expiresAt);

        _assertBits(patient, GRANTEE, purposes, actions, true, "at grant");

        vm.warp(start + bound(beforeOffset, 0, ttl - 1));
        _assertBits(patient, GRANTEE, purposes, actions, true, "before expiry");
        for (uint8 p = 0; p < 14; ++p) {
            (bool ok, uint256 got) = consents.permittingConsent(patient, GRANTEE, p, 0);
            if (ok) assertEq(got, id, "permitting id");
        }

        vm.warp(uint256(start) + ttl + bound(afterOffset, 0, 100 * 365 days));
        _assertBits(patient, GRANTEE, purposes, actions, noExpiry, "after expiry");
        assertFalse(consents.isPermitted(patient, GRANTEE, 14, 0), "purpose out of range");
        assertFalse(consents.isPermitted(patient, GRANTEE, 0, 5), "action out of range");
    }

    function testFuzz_revoke_disablesEverything(
        uint16 purposes,
        uint8 actions,
        uint48 ttl,
        bool noExpiry,
        uint256 revokeAfter,
        uint256 checkAfter
    ) public {
        purposes = uint16(bound(purposes, 1, ALL_PURPOSES));
        actions = uint8(bound(actions, 1, ALL_ACTIONS));
        ttl = uint48(bound(ttl, 1, 10 * 365 days));
        uint48 start = _now();
        uint48 expiresAt = noExpiry ? 0 : start + ttl;
        uint256 id = _grant(patient, patient, GRANTEE, purposes, actions, expiresAt);

        vm.warp(start + bound(revokeAfter, 0, 20 * 365 days));
        uint48 revokedAt = _now();
        vm.prank(patient);
        consents.revoke(id);

        (,,,, uint48 validUntil, bool revoked) = consents.consent(id);
        assertTrue(revoked, "revoked");
        uint48 expected = (expiresAt == 0 || expiresAt > revokedAt) ? revokedAt : expiresAt;
        assertEq(validUntil, expected, "validUntil");

        _assertBits(patient, GRANTEE, 0, 0, false, "at revocation");
        vm.warp(uint256(revokedAt) + bound(checkAfter, 0, 100 * 365 days));
        _assertBits(patient, GRANTEE, 0, 0, false, "after revocation");
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.AlreadyRevoked.selector, id));
        vm.prank(patient);
        consents.revoke(id);
    }

    function testFuzz_grant_strangerReverts(address caller) public {
        // The trusted forwarder is not a stranger: the registry reads the sender from the end of its calldata.
        vm.assume(caller != patient && caller != address(0) && caller != address(forwarder));
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, patient, caller));
        _grant(caller, patient, GRANTEE, TREAT, ACCESS, 0);
    }

    function testFuzz_grant_invalidMasksRevert(uint16 purposes, uint8 actions) public {
        vm.assume(purposes & ~ALL_PURPOSES != 0);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidPurposes.selector, purposes));
        _grant(patient, patient, GRANTEE, purposes, ACCESS, 0);
        if (actions & ~ALL_ACTIONS != 0 || actions == 0) {
            vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidActions.selector, actions));
            _grant(patient, patient, GRANTEE, TREAT, actions, 0);
        }
    }
}
