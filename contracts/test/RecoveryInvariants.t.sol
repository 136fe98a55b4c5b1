// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Handler} from "./utils/Handler.sol";
import {BevanFixture} from "./utils/BevanFixture.sol";
import {TestIdentityRegistry} from "./utils/TestIdentityRegistry.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {KeyRecovery} from "../src/KeyRecovery.sol";

/// @dev Two people, each with three wallets, an honest attester, one guardian, two grantees and the passing of time:
/// wallets are attested, grant, revoke, object and appoint the guardian, and recoveries are requested between any two
/// wallets, confirmed, completed and cancelled. Every outcome is predicted from ghost state (a surprise either way is
/// counted and fails the invariants); the invariants check that recoveries only ever move one person's records to a
/// fresh wallet of the same person, never merge two subjects, and that `isPermitted` follows the subjects.
contract RecoveryHandler is Handler {
    struct Ghost {
        address subject;
        address grantee;
        uint16 purposes;
        uint8 actions;
        bool revoked;
    }

    struct Pending {
        address newWallet;
        uint48 readyAt;
    }

    ConsentRegistry internal immutable consents;
    KeyRecovery internal immutable recovery;
    TestIdentityRegistry internal immutable identity;
    address internal immutable attester;

    uint256 public constant WALLETS = 6; // wallet i belongs to person i % 2
    uint256 public constant GRANTEES = 2;
    address[WALLETS] internal wallets =
        [address(0xB1), address(0xB2), address(0xB3), address(0xB4), address(0xB5), address(0xB6)];
    address[GRANTEES] internal grantees = [address(0xCA7E), address(0xCA7F)];
    address public constant GUARDIAN = address(0x6A1);

    mapping(address wallet => address) public ghostSubject; // zero: itself
    mapping(address wallet => bool) public ghostRetired;
    mapping(address wallet => bool) public ghostTouched; // no longer a fresh recovery target
    mapping(address wallet => bool) internal attested;
    mapping(address subject => bool) internal hasGuardian;
    mapping(address subject => mapping(address grantee => uint16)) public ghostObjected;
    mapping(address subject => mapping(address grantee => uint256)) internal pairCount;
    mapping(address oldWallet => Pending) internal pending;
    uint256[] public ids;
    mapping(uint256 id => Ghost) internal ghosts;

    uint256 public completed;

    constructor(ConsentRegistry consents_, KeyRecovery recovery_, TestIdentityRegistry identity_, address attester_)
        Handler(3 days)
    {
        consents = consents_;
        recovery = recovery_;
        identity = identity_;
        attester = attester_;
        for (uint256 i = 0; i < WALLETS; i += 2) {
            attest(i); // the first wallet of each person and one more; `attest` adds the others
        }
    }

    // ------------------------------------------------------------ views for invariants

    function walletAt(uint256 i) external view returns (address) {
        return wallets[i];
    }

    function granteeAt(uint256 i) external view returns (address) {
        return grantees[i];
    }

    function personOf(address wallet) public view returns (uint256) {
        for (uint256 i = 0; i < WALLETS; ++i) {
            if (wallets[i] == wallet) return i % 2;
        }
        revert("not a handler wallet");
    }

    function subjectOf(address wallet) public view returns (address) {
        address s = ghostSubject[wallet];
        return s == address(0) ? wallet : s;
    }

    function allGhosts() external view returns (Ghost[] memory gs) {
        gs = new Ghost[](ids.length);
        for (uint256 i = 0; i < ids.length; ++i) {
            gs[i] = ghosts[ids[i]];
        }
    }

    // -------------------------------------------------------------------- actions

    function _retiredErr(address w) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(ConsentRegistry.WalletRetired.selector, w);
    }

    function attest(uint256 walletSeed) public {
        address w = wallets[walletSeed % WALLETS];
        vm.prank(attester);
        identity.attest(w, 9, uint48(block.timestamp + 700 days), keccak256(abi.encode("person", personOf(w))));
        attested[w] = true;
    }

    function grant(uint256 walletSeed, uint256 granteeSeed, uint16 purposes, uint8 actions) external {
        address w = wallets[walletSeed % WALLETS];
        address grantee = grantees[granteeSeed % GRANTEES];
        address subject = subjectOf(w);
        if (pairCount[subject][grantee] >= 30) return; // slot reuse is ConsentInvariants' business
        purposes = uint16(bound(purposes, 1, 0xF));
        actions = uint8(bound(actions, 1, 0x7));
        bytes memory want = ghostRetired[w] ? _retiredErr(w) : bytes("");
        vm.prank(w);
        try consents.grant(w, grantee, purposes, actions, 0, bytes32(ids.length)) returns (uint256 id) {
            _succeeded(want);
            ++pairCount[subject][grantee];
            ids.push(id);
            ghosts[id] = Ghost(subject, grantee, purposes, actions, false);
            ghostTouched[w] = true; // it holds a token now
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function revoke(uint256 idSeed) external {
        if (ids.length == 0) return;
        uint256 id = ids[idSeed % ids.length];
        Ghost storage g = ghosts[id];
        address current = consents.currentWalletOf(g.subject);
        bytes memory want = g.revoked ? abi.encodeWithSelector(ConsentRegistry.AlreadyRevoked.selector, id) : bytes("");
        vm.prank(current);
        try consents.revoke(id) {
            _succeeded(want);
            g.revoked = true;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function object(uint256 walletSeed, uint256 granteeSeed, uint16 purposes) external {
        address w = wallets[walletSeed % WALLETS];
        address grantee = grantees[granteeSeed % GRANTEES];
        purposes = uint16(bound(purposes, 1, 0xF));
        address subject = subjectOf(w);
        uint16 overlap = ghostObjected[subject][grantee] & purposes;
        bytes memory want = ghostRetired[w]
            ? _retiredErr(w)
            : overlap != 0
                ? abi.encodeWithSelector(ConsentRegistry.AlreadyObjected.selector, w, grantee, overlap)
                : bytes("");
        vm.prank(w);
        try consents.object(w, grantee, purposes) {
            _succeeded(want);
            ghostObjected[subject][grantee] |= purposes;
            if (subject == w) ghostTouched[w] = true;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function appointGuardian(uint256 walletSeed) external {
        address w = wallets[walletSeed % WALLETS];
        address subject = subjectOf(w);
        bytes memory want = ghostRetired[w]
            ? _retiredErr(w)
            : hasGuardian[subject]
                ? abi.encodeWithSelector(ConsentRegistry.GuardianExists.selector, w, GUARDIAN)
                : bytes("");
        vm.prank(w);
        try consents.appointGuardian(GUARDIAN) {
            _succeeded(want);
            hasGuardian[subject] = true;
            if (subject == w) ghostTouched[w] = true;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    /// @dev What completing old → new must fail with now (empty: it succeeds).
    function _recoverErr(address oldWallet, address newWallet) internal view returns (bytes memory) {
        if (
            oldWallet == newWallet || !attested[oldWallet] || !attested[newWallet]
                || personOf(oldWallet) != personOf(newWallet)
        ) return abi.encodeWithSelector(KeyRecovery.IdentityMismatch.selector, oldWallet, newWallet);
        if (ghostRetired[oldWallet]) return _retiredErr(oldWallet);
        if (ghostTouched[newWallet]) {
            return abi.encodeWithSelector(ConsentRegistry.NotFreshWallet.selector, newWallet);
        }
        return "";
    }

    /// @dev The wallet `oldSeed` picks, and what finishing its pending recovery (confirming it as the guardian if
    /// `byGuardian`, else completing it) must fail with now (empty: it succeeds).
    function _finishing(uint256 oldSeed, bool byGuardian) internal view returns (address oldWallet, bytes memory want) {
        oldWallet = wallets[oldSeed % WALLETS];
        Pending memory p = pending[oldWallet];
        if (p.newWallet == address(0)) {
            want = abi.encodeWithSelector(KeyRecovery.NoRecoveryPending.selector, oldWallet);
        } else if (byGuardian && !hasGuardian[subjectOf(oldWallet)]) {
            want = abi.encodeWithSelector(KeyRecovery.NotGuardian.selector, oldWallet, GUARDIAN);
        } else if (!byGuardian && block.timestamp < p.readyAt) {
            want = abi.encodeWithSelector(KeyRecovery.WaitingPeriodNotOver.selector, oldWallet, p.readyAt);
        } else {
            want = _recoverErr(oldWallet, p.newWallet);
        }
    }

    /// @dev Mostly between two wallets of the same person (else the identity check refuses almost every request).
    function request(uint256 oldSeed, uint256 newSeed) external {
        uint256 oldIndex = oldSeed % WALLETS;
        address oldWallet = wallets[oldIndex];
        address newWallet = newSeed % 4 == 0
            ? wallets[(newSeed >> 2) % WALLETS]
            : wallets[(oldIndex + 2 + 2 * (newSeed % 2)) % WALLETS];
        bytes memory want = pending[oldWallet].newWallet != address(0)
            ? abi.encodeWithSelector(KeyRecovery.RecoveryPending.selector, oldWallet)
            : _recoverErr(oldWallet, newWallet);
        vm.prank(attester);
        try recovery.request(oldWallet, newWallet) returns (uint48 readyAt) {
            _succeeded(want);
            pending[oldWallet] = Pending(newWallet, readyAt);
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function confirm(uint256 oldSeed) external {
        (address oldWallet, bytes memory want) = _finishing(oldSeed, true);
        vm.prank(GUARDIAN);
        try recovery.confirm(oldWallet) {
            _moved(oldWallet, want);
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function complete(uint256 oldSeed) external {
        (address oldWallet, bytes memory want) = _finishing(oldSeed, false);
        try recovery.complete(oldWallet) {
            _moved(oldWallet, want);
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function cancel(uint256 oldSeed) external {
        address oldWallet = wallets[oldSeed % WALLETS];
        bytes memory want = pending[oldWallet].newWallet == address(0)
            ? abi.encodeWithSelector(KeyRecovery.NoRecoveryPending.selector, oldWallet)
            : bytes("");
        vm.prank(oldWallet);
        try recovery.cancel(oldWallet) {
            _succeeded(want);
            delete pending[oldWallet];
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    /// @dev The recovery pending for `oldWallet` finished, where the model expected `want`: the subject moved to the
    /// new wallet.
    function _moved(address oldWallet, bytes memory want) internal {
        _succeeded(want);
        address newWallet = pending[oldWallet].newWallet;
        address subject = subjectOf(oldWallet);
        ghostSubject[oldWallet] = subject;
        ghostRetired[oldWallet] = true;
        ghostSubject[newWallet] = subject;
        ghostTouched[oldWallet] = true;
        ghostTouched[newWallet] = true;
        delete pending[oldWallet];
        ++completed;
    }
}

contract RecoveryInvariantsTest is BevanFixture {
    RecoveryHandler internal handler;

    function setUp() public override {
        super.setUp();
        address attester = address(0xA77E);
        TestIdentityRegistry identity = new TestIdentityRegistry(attester);
        KeyRecovery recovery = new KeyRecovery(address(forwarder), address(timelock), identity, consents);
        vm.startPrank(address(timelock));
        consents.grantRole(consents.RECOVERY_ROLE(), address(recovery));
        recovery.setWaitingPeriod(2 days); // so the fuzzer's warps reach the end of the period often
        vm.stopPrank();
        handler = new RecoveryHandler(consents, recovery, identity, attester);
        targetContract(address(handler));
    }

    function invariant_noSurprises() public view {
        assertEq(handler.unexpectedSuccesses(), 0, "a call succeeded that should have reverted");
        assertEq(handler.unexpectedReverts(), 0, "a call reverted, or with another error");
    }

    /// @dev Subjects and retirements are the ghost's; a subject only ever moves within one person, and no two active
    /// wallets share a subject (a recovery never merges two subjects' records).
    function invariant_neverMerged() public view {
        uint256 n = handler.WALLETS();
        for (uint256 i = 0; i < n; ++i) {
            address w = handler.walletAt(i);
            (address subject, bool retired) = consents.subjectOf(w);
            assertEq(subject, handler.subjectOf(w), "subject");
            assertEq(retired, handler.ghostRetired(w), "retired");
            assertEq(handler.personOf(subject), handler.personOf(w), "a subject moved to another person's wallet");
            if (retired) continue;
            assertEq(consents.currentWalletOf(subject), w, "the subject's current wallet is its active wallet");
            for (uint256 j = i + 1; j < n; ++j) {
                address v = handler.walletAt(j);
                (address other, bool otherRetired) = consents.subjectOf(v);
                assertTrue(otherRetired || other != subject, "two active wallets share a subject");
            }
        }
    }

    /// @dev Every wallet answers isPermitted from its own subject's live consents and objections only; a retired
    /// wallet answers nothing.
    function invariant_permissionsFollowSubjects() public view {
        RecoveryHandler.Ghost[] memory gs = handler.allGhosts();
        for (uint256 i = 0; i < handler.WALLETS(); ++i) {
            address w = handler.walletAt(i);
            address subject = handler.subjectOf(w);
            bool retired = handler.ghostRetired(w);
            for (uint256 k = 0; k < handler.GRANTEES(); ++k) {
                address grantee = handler.granteeAt(k);
                uint16 objected = handler.ghostObjected(subject, grantee);
                for (uint8 p = 0; p < 4; ++p) {
                    for (uint8 a = 0; a < 3; ++a) {
                        bool want;
                        for (uint256 c = 0; c < gs.length && !want && !retired && (objected >> p) & 1 == 0; ++c) {
                            RecoveryHandler.Ghost memory g = gs[c];
                            want = g.subject == subject && g.grantee == grantee && !g.revoked
                                && (g.purposes >> p) & 1 == 1 && (g.actions >> a) & 1 == 1;
                        }
                        assertEq(consents.isPermitted(w, grantee, p, a), want, "isPermitted follows the subject");
                    }
                }
            }
        }
    }
}
