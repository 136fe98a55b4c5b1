// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {TestIdentityRegistry} from "./utils/TestIdentityRegistry.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {KeyRecovery} from "../src/KeyRecovery.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @dev Recovery of a lost key: every path of KeyRecovery and ConsentRegistry.recoverWallet.
contract KeyRecoveryTest is BevanFixture {
    uint256 internal constant NEW_KEY = 0x2EC0;
    uint256 internal constant THIEF_KEY = 0x7E1F;
    address internal constant ATTESTER = address(0xA77E);
    address internal constant GRANTEE2 = address(0xCA80);
    address internal constant OTHER_PATIENT = address(0x0A7E);
    bytes32 internal constant PERSON = keccak256("hmac(attester secret, person)");
    bytes32 internal constant OTHER_PERSON = keccak256("hmac(attester secret, other person)");
    bytes32 internal constant SCOPE = keccak256("scope");
    uint16 internal constant TREAT = 1 << 0;
    uint16 internal constant RESEARCH = 1 << 3;
    uint16 internal constant PUBHLTH = 1 << 5;
    uint8 internal constant ACCESS = 1 << 1;
    uint8 internal constant USE = 1 << 2;

    TestIdentityRegistry internal identity;
    KeyRecovery internal recovery;
    address internal newWallet;
    address internal thief;

    function setUp() public override {
        super.setUp();
        newWallet = vm.addr(NEW_KEY);
        thief = vm.addr(THIEF_KEY);
        identity = new TestIdentityRegistry(ATTESTER);
        recovery = new KeyRecovery(address(forwarder), address(timelock), identity, consents);
        _grantByDao(address(consents), consents.RECOVERY_ROLE(), address(recovery));

        // The patient's records: consents to two grantees, an objection, a guardian.
        vm.startPrank(patient);
        consents.grant(patient, GRANTEE, TREAT | RESEARCH, ACCESS | USE, 0, SCOPE);
        consents.grant(patient, GRANTEE2, TREAT | PUBHLTH, ACCESS, uint48(block.timestamp + 30 days), SCOPE);
        consents.object(patient, address(0), PUBHLTH);
        consents.appointGuardian(guardian);
        vm.stopPrank();

        // The patient verified their wallet once, lost its key, and verified a new wallet: same commitment.
        _attest(patient, PERSON);
        _attest(newWallet, PERSON);
    }

    function _attest(address wallet, bytes32 commitment) internal {
        vm.prank(ATTESTER);
        identity.attest(wallet, 9, uint48(block.timestamp + 365 days), commitment);
    }

    /// @dev The attester's request to recover `oldWallet` to `newWallet_` reverts with `err`.
    function _expectRequestRefused(address oldWallet, address newWallet_, bytes memory err) internal {
        vm.prank(ATTESTER);
        vm.expectRevert(err);
        recovery.request(oldWallet, newWallet_);
    }

    function _request(address oldWallet, address target) internal returns (uint48) {
        vm.prank(ATTESTER);
        return recovery.request(oldWallet, target);
    }

    /// @dev Every (grantee, purpose, action) answer of `wallet`, one bit each.
    function _answers(address wallet) internal view returns (uint256 bits) {
        address[3] memory grantees = [GRANTEE, GRANTEE2, guardian];
        for (uint256 g = 0; g < grantees.length; ++g) {
            for (uint8 p = 0; p < 14; ++p) {
                for (uint8 a = 0; a < 5; ++a) {
                    if (consents.isPermitted(wallet, grantees[g], p, a)) bits |= 1 << (g * 70 + p * 5 + a);
                }
            }
        }
    }

    function _assertMoved(uint256 before) internal view {
        assertTrue(before != 0, "the patient had permissions");
        assertEq(_answers(newWallet), before, "the new wallet answers as the old one did");
        assertEq(_answers(patient), 0, "the old wallet permits nothing");
        (address subject, bool retired) = consents.subjectOf(patient);
        assertEq(subject, patient, "old subject");
        assertTrue(retired, "old retired");
        (subject, retired) = consents.subjectOf(newWallet);
        assertEq(subject, patient, "new wallet linked to the subject");
        assertFalse(retired, "new active");
        assertTrue(consents.isGuardian(newWallet, guardian), "guardian moved");
        assertEq(consents.objectedPurposes(newWallet, GRANTEE), PUBHLTH, "objection moved");
        assertEq(consents.currentWalletOf(patient), newWallet, "current wallet");
    }

    // ------------------------------------------------------------------ paths

    function test_guardianConfirms_completesAtOnce() public {
        uint256 before = _answers(patient);
        uint48 readyAt = _request(patient, newWallet);
        assertEq(readyAt, block.timestamp + 7 days, "default waiting period");

        vm.expectEmit(address(recovery));
        emit KeyRecovery.RecoveryConfirmed(patient, newWallet, guardian);
        vm.expectEmit(address(recovery));
        emit KeyRecovery.RecoveryCompleted(patient, newWallet, guardian);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.WalletRecovered(patient, patient, newWallet);
        vm.prank(guardian);
        recovery.confirm(patient);

        _assertMoved(before);
        (address pendingNew,,) = recovery.pendingRecovery(patient);
        assertEq(pendingNew, address(0), "no longer pending");
    }

    function test_waitingPeriodElapses_anyoneCompletes() public {
        uint256 before = _answers(patient);
        uint48 readyAt = _request(patient, newWallet);

        vm.warp(readyAt - 1);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.WaitingPeriodNotOver.selector, patient, readyAt));
        recovery.complete(patient);

        vm.warp(readyAt);
        vm.expectEmit(address(recovery));
        emit KeyRecovery.RecoveryCompleted(patient, newWallet, OTHER_PATIENT);
        vm.prank(OTHER_PATIENT);
        recovery.complete(patient);
        // The 30-day consent to GRANTEE2 is still within its term a week later.
        _assertMoved(before);
    }

    function test_oldWalletCancels_nothingChanges() public {
        uint256 before = _answers(patient);
        _request(patient, newWallet);
        vm.warp(block.timestamp + 3 days);
        vm.expectEmit(address(recovery));
        emit KeyRecovery.RecoveryCancelled(patient, newWallet, patient);
        vm.prank(patient);
        recovery.cancel(patient);

        vm.warp(block.timestamp + 30 days);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NoRecoveryPending.selector, patient));
        recovery.complete(patient);
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NoRecoveryPending.selector, patient));
        recovery.confirm(patient);

        vm.warp(block.timestamp - 33 days); // back inside the 30-day consent's term
        assertEq(_answers(patient), before, "old wallet unchanged");
        assertEq(_answers(newWallet), 0, "new wallet has nothing");
        (, bool retired) = consents.subjectOf(patient);
        assertFalse(retired, "not retired");
        assertTrue(consents.isFreshWallet(newWallet), "new wallet still fresh");
    }

    function test_thiefWithOldKey_canCancelButNotRedirect() public {
        // The thief holds the old key: it is `patient`. It cannot request a recovery to its own wallet...
        _attest(thief, OTHER_PERSON);
        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NotIdentityAttester.selector, patient));
        recovery.request(patient, thief);
        // ...nor change where a pending recovery goes: it can only cancel it (the attester then asks again).
        _request(patient, newWallet);
        vm.prank(patient);
        recovery.cancel(patient);
        // A guardian the thief appoints with the old key can only confirm the attester's target.
        vm.prank(patient);
        consents.appointGuardian(thief);
        _request(patient, newWallet);
        vm.prank(thief);
        recovery.confirm(patient);
        assertEq(consents.currentWalletOf(patient), newWallet, "moved to the attested wallet, not the thief's");
        // Afterwards the old key can do nothing, and the patient removes the thief's guardian.
        vm.startPrank(patient);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.WalletRetired.selector, patient));
        consents.grant(patient, thief, TREAT, ACCESS, 0, SCOPE);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.WalletRetired.selector, patient));
        consents.appointGuardian(thief);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.WalletRetired.selector, patient));
        consents.object(patient, address(0), TREAT);
        vm.stopPrank();
        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NoRecoveryPending.selector, patient));
        recovery.cancel(patient);
        vm.prank(newWallet);
        consents.removeGuardian(thief);
        assertFalse(consents.isGuardian(newWallet, thief), "thief's guardian removed");
    }

    function test_compromisedAttesterWithoutGuardian_mustWait_oldWalletCancels() public {
        // The attacker's attester copies the patient's (public) commitment onto the attacker's wallet.
        _attest(thief, PERSON);
        uint256 before = _answers(patient);
        uint48 readyAt = _request(patient, thief);
        vm.prank(thief);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NotGuardian.selector, patient, thief));
        recovery.confirm(patient);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.WaitingPeriodNotOver.selector, patient, readyAt));
        recovery.complete(patient);
        vm.prank(patient); // the patient still holds their key
        recovery.cancel(patient);
        assertEq(_answers(patient), before, "nothing moved");
        assertEq(_answers(thief), 0, "attacker has nothing");
    }

    function test_compromisedAttester_revokedByDao_pendingRecoveryDies() public {
        _attest(thief, PERSON);
        uint48 readyAt = _request(patient, thief);
        identity.setAttester(ATTESTER, false); // the DAO revokes the attester's role
        vm.warp(readyAt);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NotIdentityAttester.selector, ATTESTER));
        recovery.complete(patient);
    }

    function test_attesterCancelsOwnRequest_strangerCannot() public {
        _request(patient, newWallet);
        vm.prank(OTHER_PATIENT);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.NotCanceller.selector, patient, OTHER_PATIENT));
        recovery.cancel(patient);
        vm.prank(ATTESTER);
        recovery.cancel(patient);
        (address pendingNew,,) = recovery.pendingRecovery(patient);
        assertEq(pendingNew, address(0), "cancelled");
    }

    // ------------------------------------------------------------------ refusals

    function test_request_refusesDifferentCommitment() public {
        _attest(thief, OTHER_PERSON);
        _expectRequestRefused(
            patient, thief, abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, patient, thief)
        );
    }

    function test_request_refusesUnverifiedOrLowLevelOrUnattestedOld() public {
        vm.prank(ATTESTER);
        identity.attest(thief, 5, uint48(block.timestamp + 1 days), PERSON);
        // P5 is not enough.
        _expectRequestRefused(
            patient, thief, abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, patient, thief)
        );
        // No attestation to compare with.
        _expectRequestRefused(
            OTHER_PATIENT,
            newWallet,
            abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, OTHER_PATIENT, newWallet)
        );
        _expectRequestRefused(
            patient, patient, abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, patient, patient)
        );
        vm.warp(block.timestamp + 366 days); // the new wallet's attestation expired
        _expectRequestRefused(
            patient, newWallet, abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, patient, newWallet)
        );
    }

    function test_request_refusesTargetWithRecordsOfItsOwn() public {
        // Consents of its own (another person's, or the same person's: a recovery never merges records).
        vm.prank(newWallet);
        consents.grant(newWallet, GRANTEE, TREAT, ACCESS, 0, SCOPE);
        _expectRequestRefused(
            patient, newWallet, abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, newWallet)
        );

        address w2 = address(0x2002);
        _attest(w2, PERSON);
        vm.prank(w2);
        consents.object(w2, GRANTEE, TREAT);
        _expectRequestRefused(patient, w2, abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, w2));

        address w3 = address(0x2003);
        _attest(w3, PERSON);
        vm.prank(w3);
        consents.appointGuardian(guardian);
        _expectRequestRefused(patient, w3, abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, w3));
    }

    function test_complete_rechecksFreshnessAndIdentity() public {
        uint48 readyAt = _request(patient, newWallet);
        vm.prank(newWallet); // the target gains records of its own while the request waits
        consents.grant(newWallet, GRANTEE, TREAT, ACCESS, 0, SCOPE);
        vm.warp(readyAt);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, newWallet));
        recovery.complete(patient);

        vm.prank(patient);
        recovery.cancel(patient);
        address w2 = address(0x2002);
        _attest(w2, PERSON);
        _request(patient, w2);
        identity.revokeAttestation(w2); // the attester found the new attestation wrong
        vm.prank(guardian);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, patient, w2));
        recovery.confirm(patient);
    }

    function test_request_refusesPendingAndRetired() public {
        _request(patient, newWallet);
        _expectRequestRefused(patient, newWallet, abi.encodeWithSelector(KeyRecovery.RecoveryPending.selector, patient));
        vm.prank(guardian);
        recovery.confirm(patient);

        address w2 = address(0x2002);
        _attest(w2, PERSON);
        _expectRequestRefused(patient, w2, abi.encodeWithSelector(ConsentRegistry.WalletRetired.selector, patient));
        // A retired or linked wallet is never a target either.
        _expectRequestRefused(
            newWallet, patient, abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, patient)
        );
    }

    function test_recoverWallet_onlyRecoveryRole() public {
        bytes32 role = consents.RECOVERY_ROLE();
        vm.prank(ATTESTER);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ATTESTER, role)
        );
        consents.recoverWallet(patient, newWallet);
        vm.prank(address(recovery));
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidRecovery.selector, patient, patient));
        consents.recoverWallet(patient, patient);
        vm.prank(address(recovery));
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, patient));
        consents.recoverWallet(newWallet, patient); // the patient's wallet has consents: never merged into another
    }

    // ------------------------------------------------------------------ after a recovery

    function test_afterRecovery_newWalletActsOnOldRecords() public {
        uint256 oldId = consents.consentIdOf(patient, GRANTEE, 0);
        uint256 tokens = consents.balanceOf(patient);
        assertTrue(tokens > 0, "the patient holds consent tokens");
        _request(patient, newWallet);
        vm.prank(guardian);
        recovery.confirm(patient);

        (address owner,,,,,) = consents.consent(oldId);
        assertEq(owner, newWallet, "consent names the current wallet");
        assertEq(consents.ownerOf(oldId), patient, "the soulbound token stays where it was minted");
        // A wallet's balance shares its storage slot with its link: retiring it keeps the count, linking keeps zero.
        assertEq(consents.balanceOf(patient), tokens, "the retired wallet keeps its tokens");
        assertEq(consents.balanceOf(newWallet), 0, "the new wallet holds none yet");
        (address subject, bool retired) = consents.subjectOf(patient);
        assertTrue(subject == patient && retired, "old wallet: its own subject, retired");
        assertEq(consents.consentCount(newWallet, GRANTEE), 1, "slots are the subject's");

        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, newWallet, patient));
        consents.revoke(oldId);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.ConsentRevoked(oldId, newWallet, GRANTEE, uint48(block.timestamp), newWallet);
        vm.prank(newWallet);
        consents.revoke(oldId);
        assertFalse(consents.isPermitted(newWallet, GRANTEE, 0, 1), "revoked by the new wallet");

        // New grants land in the same slots (the subject's), minted to the new wallet; the guardian still acts.
        vm.prank(guardian);
        uint256 id = consents.grant(newWallet, GRANTEE, TREAT, ACCESS, 0, SCOPE);
        assertEq(consents.ownerOf(id), newWallet, "minted to the new wallet");
        assertEq(consents.balanceOf(newWallet), 1, "counted in the new wallet's slot");
        assertEq(consents.balanceOf(patient), tokens, "not in the old one's");
        (subject, retired) = consents.subjectOf(newWallet);
        assertTrue(subject == patient && !retired, "new wallet: the old one's subject, active");
        assertEq(consents.consentIdOf(newWallet, GRANTEE, 1), id, "second slot of the subject's pair");
        assertTrue(consents.isPermitted(newWallet, GRANTEE, 0, 1), "guardian's grant permits");

        // The objection moved and the new wallet withdraws it.
        vm.prank(newWallet);
        consents.withdrawObjection(1);
        (address objector,,,,) = consents.objection(1);
        assertEq(objector, newWallet, "objection names the current wallet");
        assertTrue(consents.isPermitted(newWallet, GRANTEE2, 5, 1), "public health permitted again");
    }

    function test_secondRecovery_chainsToTheSameSubject() public {
        _request(patient, newWallet);
        vm.prank(guardian);
        recovery.confirm(patient);
        uint256 before = _answers(newWallet);
        address third = address(0x3003);
        _attest(third, PERSON);
        _request(newWallet, third);
        vm.prank(guardian);
        recovery.confirm(newWallet);
        assertEq(_answers(third), before, "third wallet answers");
        assertEq(_answers(newWallet), 0, "second wallet retired");
        assertEq(consents.currentWalletOf(patient), third, "first wallet points to the third");
        (address subject,) = consents.subjectOf(third);
        assertEq(subject, patient, "same subject");
    }

    function test_retiredWalletIsNobodysGuardian() public {
        // The lost wallet was also a guardian of another patient: that guardianship does not move with it.
        vm.prank(OTHER_PATIENT);
        consents.appointGuardian(patient);
        _request(patient, newWallet);
        vm.prank(guardian);
        recovery.confirm(patient);
        assertFalse(consents.isGuardian(OTHER_PATIENT, patient), "retired wallet is no guardian");
        vm.prank(patient);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, OTHER_PATIENT, patient));
        consents.grant(OTHER_PATIENT, GRANTEE, TREAT, ACCESS, 0, SCOPE);
        vm.prank(OTHER_PATIENT);
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.InvalidGuardian.selector, patient));
        consents.appointGuardian(patient);
    }

    function test_forwarded_guardianConfirmsAndOldWalletCancels() public {
        _request(patient, newWallet);
        ERC2771Forwarder.ForwardRequestData memory req =
            _forwardRequest(PATIENT_KEY, address(recovery), abi.encodeCall(KeyRecovery.cancel, (patient)), 100_000);
        vm.prank(RELAYER);
        forwarder.execute(req);
        (address pendingNew,,) = recovery.pendingRecovery(patient);
        assertEq(pendingNew, address(0), "cancelled by the signer");

        _request(patient, newWallet);
        req = _forwardRequest(GUARDIAN_KEY, address(recovery), abi.encodeCall(KeyRecovery.confirm, (patient)), 200_000);
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(consents.currentWalletOf(patient), newWallet, "confirmed by the signing guardian");
    }

    // ------------------------------------------------------------------ the DAO's waiting period

    function test_setWaitingPeriod_onlyDaoWithinBounds() public {
        bytes32 admin = recovery.DEFAULT_ADMIN_ROLE();
        vm.prank(ATTESTER);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, ATTESTER, admin)
        );
        recovery.setWaitingPeriod(3 days);
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.InvalidWaitingPeriod.selector, 2 days - 1));
        recovery.setWaitingPeriod(2 days - 1);
        vm.expectRevert(abi.encodeWithSelector(KeyRecovery.InvalidWaitingPeriod.selector, 90 days + 1));
        recovery.setWaitingPeriod(90 days + 1);
        vm.expectEmit(address(recovery));
        emit KeyRecovery.WaitingPeriodSet(2 days);
        recovery.setWaitingPeriod(2 days);
        vm.stopPrank();
        assertEq(_request(patient, newWallet), block.timestamp + 2 days, "new period applies");
    }

    // ------------------------------------------------------------------ fuzz

    /// @dev Whatever the patient's consents, objections and guardians' grants, a completed recovery makes the new
    /// wallet answer every (grantee, purpose, action) as the old one did, and the old one answer nothing.
    function testFuzz_recovery_movesEveryAnswer(uint16[4] memory purposes, uint8[4] memory actions, uint8 ops) public {
        address[3] memory grantees = [GRANTEE, GRANTEE2, guardian];
        for (uint256 i = 0; i < 4; ++i) {
            uint16 p = uint16(bound(purposes[i], 1, 0x3FFF));
            uint8 a = uint8(bound(actions[i], 1, 0x1F));
            address grantee = grantees[i % 3];
            bool byGuardian = (ops >> i) & 1 == 1 && grantee != guardian;
            if (byGuardian) p &= ~uint16(RESEARCH | (1 << 4));
            if (p == 0) p = TREAT;
            vm.prank(byGuardian ? guardian : patient);
            uint256 id = consents.grant(patient, grantee, p, a, 0, SCOPE);
            if ((ops >> (i + 4)) & 1 == 1) {
                vm.prank(patient);
                consents.revoke(id);
            }
        }
        vm.prank(patient);
        consents.object(patient, GRANTEE2, uint16(bound(purposes[0] >> 2, 1, 0x3FFF)) & ~PUBHLTH | TREAT);
        uint256 before = _answers(patient);
        _request(patient, newWallet);
        vm.prank(guardian);
        recovery.confirm(patient);
        _assertMoved(before);
    }
}
