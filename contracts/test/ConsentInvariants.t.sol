// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Handler} from "./utils/Handler.sol";
import {BevanFixture} from "./utils/BevanFixture.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";

/// @dev Drives the registry the way its users do: a few patients, their (would-be) guardians, a stranger, a few
/// grantees, a break-glass responder and the passing of time. Every call's outcome is predicted from ghost state;
/// a surprise in either direction is recorded and fails the invariants. Calls that must succeed are made without
/// `try`, so a revert fails the run (`fail_on_revert = true`); calls that may revert check the exact error.
contract ConsentHandler is Handler {
    struct Ghost {
        address patient;
        address grantee;
        uint16 purposes;
        uint8 actions;
        uint48 validUntil;
        bool revoked;
        address by; // the guardian that granted it, zero for the patient
        bool superseded; // its slot was reused by a later grant
    }

    ConsentRegistry internal immutable consents;
    address internal immutable responder;

    // Few actors, so pairs collect several consents each ("newest permitting wins" gets exercised).
    uint256 public constant PATIENTS = 2;
    uint256 public constant GRANTEES = 2;
    uint256 public constant GUARDIANS = 2;
    address[PATIENTS] internal patients = [address(0xA1), address(0xA2)];
    address[GUARDIANS] internal guardianPool = [address(0x6A1), address(0x6A2)];
    address[GRANTEES] internal grantees = [address(0xCA7E), address(0xCA7F)];

    uint256[] public ids;
    mapping(uint256 id => Ghost) internal ghosts;
    mapping(address patient => uint256) public ghostBalance;
    mapping(address patient => mapping(address grantee => uint256)) public ghostPairCount;
    mapping(address patient => mapping(address guardian => bool)) public ghostGuardian;
    mapping(address patient => mapping(address grantee => uint256[32])) internal slotIds;

    uint256 public calls;

    constructor(ConsentRegistry consents_, address responder_) Handler(45 days) {
        consents = consents_;
        responder = responder_;
    }

    // ------------------------------------------------------------ views for invariants

    function idCount() external view returns (uint256) {
        return ids.length;
    }

    function ghostOf(uint256 id) external view returns (Ghost memory) {
        return ghosts[id];
    }

    /// @dev Every consent id in grant order, with its ghost record (one call, so invariants stay cheap).
    function allGhosts() external view returns (uint256[] memory all, Ghost[] memory gs) {
        all = ids;
        gs = new Ghost[](all.length);
        for (uint256 i = 0; i < all.length; ++i) {
            gs[i] = ghosts[all[i]];
        }
    }

    function patientAt(uint256 i) external view returns (address) {
        return patients[i];
    }

    function granteeAt(uint256 i) external view returns (address) {
        return grantees[i];
    }

    function guardianAt(uint256 i) external view returns (address) {
        return guardianPool[i];
    }

    // -------------------------------------------------------------------- actions

    function _caller(uint256 seed, address who) internal view returns (address) {
        uint256 k = seed % 4;
        if (k == 0 || k == 1) return who; // mostly the patient
        if (k == 2) return guardianPool[(seed >> 8) % GUARDIANS];
        return STRANGER;
    }

    function _authorised(address who, address caller) internal view returns (bool) {
        return caller == who || ghostGuardian[who][caller];
    }

    function grant(
        uint256 callerSeed,
        uint256 patientSeed,
        uint256 granteeSeed,
        uint16 purposes,
        uint8 actions,
        uint256 ttl,
        bool noExpiry
    ) external {
        ++calls;
        address who = patients[patientSeed % PATIENTS];
        address grantee = grantees[granteeSeed % GRANTEES];
        address caller = _caller(callerSeed, who);
        purposes = uint16(bound(purposes, 1, 0x3FFF));
        actions = uint8(bound(actions, 1, 0x1F));
        uint48 expiresAt = noExpiry ? 0 : uint48(block.timestamp + bound(ttl, 1, 60 days));
        uint16 research = purposes & consents.RESEARCH_PURPOSES();
        // The slot the grant should take: the next one, else the lowest whose consent no longer permits.
        uint256 count = ghostPairCount[who][grantee];
        uint256 slot = count;
        if (count == 32) {
            for (slot = 0; slot < 32; ++slot) {
                if (!_liveGhost(ghosts[slotIds[who][grantee][slot]])) break;
            }
        }
        bytes memory want;
        if (!_authorised(who, caller)) {
            want = abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, who, caller);
        } else if (caller != who && research != 0) {
            want = abi.encodeWithSelector(ConsentRegistry.ResearchNeedsPatient.selector, who, caller, research);
        } else if (slot == 32) {
            want = abi.encodeWithSelector(ConsentRegistry.TooManyConsents.selector, who, grantee);
        }

        vm.prank(caller);
        try consents.grant(who, grantee, purposes, actions, expiresAt, keccak256(abi.encode(ids.length))) returns (
            uint256 id
        ) {
            _succeeded(want);
            if (count < 32) ++ghostPairCount[who][grantee];
            uint256 old = slotIds[who][grantee][slot];
            if (old != 0) ghosts[old].superseded = true;
            slotIds[who][grantee][slot] = id;
            if (id != consents.consentIdOf(who, grantee, uint16(slot))) ++unexpectedSuccesses;
            ids.push(id);
            ghosts[id] =
                Ghost(who, grantee, purposes, actions, expiresAt, false, caller == who ? address(0) : caller, false);
            ++ghostBalance[who];
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function _liveGhost(Ghost storage g) internal view returns (bool) {
        return !g.revoked && (g.validUntil == 0 || block.timestamp < g.validUntil);
    }

    function revoke(uint256 callerSeed, uint256 idSeed) external {
        ++calls;
        if (ids.length == 0) return;
        uint256 id = ids[idSeed % ids.length];
        Ghost storage g = ghosts[id];
        address caller = _caller(callerSeed, g.patient);
        bool authorised = _authorised(g.patient, caller);

        if (g.superseded) {
            if (!authorised) return;
            vm.prank(caller);
            try consents.revoke(id) {
                ++unexpectedSuccesses;
            } catch (bytes memory err) {
                bytes memory wantErr = abi.encodeWithSelector(ConsentRegistry.ConsentSuperseded.selector, id);
                if (keccak256(err) != keccak256(wantErr)) ++unexpectedReverts;
            }
            return;
        }
        vm.prank(caller);
        try consents.revoke(id) {
            if (!authorised || g.revoked) ++unexpectedSuccesses;
            uint48 nowTs = uint48(block.timestamp);
            g.revoked = true;
            if (g.validUntil == 0 || g.validUntil > nowTs) g.validUntil = nowTs;
        } catch (bytes memory err) {
            if (authorised && !g.revoked) ++unexpectedReverts;
            bytes memory want = authorised
                ? abi.encodeWithSelector(ConsentRegistry.AlreadyRevoked.selector, id)
                : abi.encodeWithSelector(ConsentRegistry.NotPatientOrGuardian.selector, g.patient, caller);
            if (keccak256(err) != keccak256(want)) ++unexpectedReverts;
        }
    }

    function appointGuardian(uint256 patientSeed, uint256 guardianSeed) external {
        ++calls;
        address who = patients[patientSeed % PATIENTS];
        address g = guardianPool[guardianSeed % GUARDIANS];
        bytes memory want =
            ghostGuardian[who][g] ? abi.encodeWithSelector(ConsentRegistry.GuardianExists.selector, who, g) : bytes("");
        vm.prank(who);
        try consents.appointGuardian(g) {
            _succeeded(want);
            ghostGuardian[who][g] = true;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function removeGuardian(uint256 patientSeed, uint256 guardianSeed) external {
        ++calls;
        address who = patients[patientSeed % PATIENTS];
        address g = guardianPool[guardianSeed % GUARDIANS];
        bytes memory want = ghostGuardian[who][g]
            ? bytes("")
            : abi.encodeWithSelector(ConsentRegistry.GuardianNotFound.selector, who, g);
        vm.prank(who);
        try consents.removeGuardian(g) {
            _succeeded(want);
            ghostGuardian[who][g] = false;
            // The removal revokes what the guardian granted the patient.
            uint48 nowTs = uint48(block.timestamp);
            for (uint256 i = 0; i < ids.length; ++i) {
                Ghost storage c = ghosts[ids[i]];
                if (c.patient != who || c.by != g || c.revoked) continue;
                c.revoked = true;
                if (c.validUntil == 0 || c.validUntil > nowTs) c.validUntil = nowTs;
            }
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    /// @dev The responder holds EMERGENCY_ROLE and the reason is never empty: this must always succeed.
    function recordEmergencyAccess(uint256 patientSeed, bytes32 reason) external {
        ++calls;
        if (reason == 0) reason = keccak256("collapsed at home");
        vm.prank(responder);
        consents.recordEmergencyAccess(patients[patientSeed % PATIENTS], reason);
    }

    function warp(uint256 secs) public override {
        ++calls;
        super.warp(secs);
    }
}

contract ConsentInvariantsTest is BevanFixture {
    ConsentHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new ConsentHandler(consents, RESPONDER);
        targetContract(address(handler));
    }

    function _live(ConsentHandler.Ghost memory g) internal view returns (bool) {
        return !g.revoked && (g.validUntil == 0 || block.timestamp < g.validUntil);
    }

    function invariant_consentNeverChangesOwner() public view {
        (uint256[] memory ids, ConsentHandler.Ghost[] memory gs) = handler.allGhosts();
        for (uint256 i = 0; i < ids.length; ++i) {
            ConsentHandler.Ghost memory g = gs[i];
            assertEq(consents.ownerOf(ids[i]), g.patient, "owner");
            if (g.superseded) continue; // consent(id) reverts ConsentSuperseded; the history is in the events
            (address p, address grantee, uint16 purposes, uint8 actions, uint48 validUntil, bool revoked) =
                consents.consent(ids[i]);
            assertEq(p, g.patient, "patient");
            assertEq(grantee, g.grantee, "grantee");
            assertEq(purposes, g.purposes, "purposes");
            assertEq(actions, g.actions, "actions");
            assertEq(validUntil, g.validUntil, "validUntil");
            assertEq(revoked, g.revoked, "revoked");
            assertTrue(consents.locked(ids[i]), "locked");
        }
    }

    function invariant_revokedOrExpiredNeverPermitted() public view {
        (uint256[] memory ids, ConsentHandler.Ghost[] memory gs) = handler.allGhosts();
        for (uint256 pi = 0; pi < handler.PATIENTS(); ++pi) {
            for (uint256 gi = 0; gi < handler.GRANTEES(); ++gi) {
                _checkPair(handler.patientAt(pi), handler.granteeAt(gi), ids, gs);
            }
        }
    }

    /// @dev For one pair and every purpose 0..13 and action 0..4: when some live consent covers it, permittingConsent
    /// names a live consent of the pair that covers it (never a revoked, expired or superseded one); when none does,
    /// isPermitted is false.
    function _checkPair(address who, address grantee, uint256[] memory ids, ConsentHandler.Ghost[] memory gs)
        internal
        view
    {
        for (uint8 p = 0; p < 14; ++p) {
            for (uint8 a = 0; a < 5; ++a) {
                bool covered;
                for (uint256 i = 0; i < ids.length && !covered; ++i) {
                    covered = _covers(gs[i], who, grantee, p, a);
                }
                if (!covered) {
                    assertFalse(consents.isPermitted(who, grantee, p, a), "permitted without a live consent");
                    continue;
                }
                (bool ok, uint256 got) = consents.permittingConsent(who, grantee, p, a);
                assertTrue(ok, "not permitted despite a live consent");
                bool found;
                for (uint256 i = 0; i < ids.length; ++i) {
                    if (ids[i] == got) found = _covers(gs[i], who, grantee, p, a);
                }
                assertTrue(found, "the permitting consent is not a live one of the pair covering the purpose");
            }
        }
    }

    function _covers(ConsentHandler.Ghost memory g, address who, address grantee, uint8 p, uint8 a)
        internal
        view
        returns (bool)
    {
        return g.patient == who && g.grantee == grantee && !g.superseded && _live(g) && (g.purposes >> p) & 1 == 1
            && (g.actions >> a) & 1 == 1;
    }

    function invariant_balanceMatchesGhost() public view {
        for (uint256 i = 0; i < handler.PATIENTS(); ++i) {
            address who = handler.patientAt(i);
            assertEq(consents.balanceOf(who), handler.ghostBalance(who), "patient balance");
            for (uint256 j = 0; j < handler.GRANTEES(); ++j) {
                address grantee = handler.granteeAt(j);
                assertEq(consents.consentCount(who, grantee), handler.ghostPairCount(who, grantee), "pair count");
                assertEq(consents.balanceOf(grantee), 0, "grantees hold nothing");
            }
            for (uint256 j = 0; j < handler.GUARDIANS(); ++j) {
                address g = handler.guardianAt(j);
                assertEq(consents.isGuardian(who, g), handler.ghostGuardian(who, g), "guardian");
                assertEq(consents.balanceOf(g), 0, "guardians hold nothing");
            }
        }
    }

    function invariant_noSurprises() public view {
        assertEq(handler.unexpectedSuccesses(), 0, "a call succeeded that should have reverted");
        assertEq(handler.unexpectedReverts(), 0, "a call reverted that should have succeeded");
    }
}
