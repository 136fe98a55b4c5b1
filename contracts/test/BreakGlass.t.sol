// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @dev Break-glass controls on ConsentRegistry: the per-accessor rate limit on EMERGENCY_ROLE and the fast
/// revocation path (EMERGENCY_REVOKER_ROLE), which can revoke EMERGENCY_ROLE and nothing else.
contract BreakGlassTest is BevanFixture {
    bytes32 internal constant REASON = keccak256("salted reason commitment");
    address internal constant REVOKER = address(0x5707);
    address internal constant RESPONDER2 = address(0x912);

    bytes32 internal emergency;
    bytes32 internal revoker;
    bytes32 internal admin;

    function setUp() public override {
        super.setUp();
        emergency = consents.EMERGENCY_ROLE();
        revoker = consents.EMERGENCY_REVOKER_ROLE();
        admin = consents.DEFAULT_ADMIN_ROLE();
        vm.startPrank(address(timelock));
        consents.grantRole(revoker, REVOKER);
        consents.grantRole(emergency, RESPONDER2);
        vm.stopPrank();
    }

    function _access(address accessor) internal {
        vm.prank(accessor);
        consents.recordEmergencyAccess(patient, REASON);
    }

    // ------------------------------------------------------------------ rate limit

    function test_rateLimit_defaultIs30PerHour() public view {
        (uint32 maxAccesses, uint32 window) = consents.emergencyLimit();
        assertEq(maxAccesses, 30, "max");
        assertEq(window, 1 hours, "window");
        (uint32 remaining, uint48 resetsAt) = consents.emergencyAllowance(RESPONDER);
        assertEq(remaining, 30, "full allowance");
        assertEq(resetsAt, 0, "no window running");
    }

    /// @dev A stolen key records at most the window's limit, then is refused until the window ends.
    function test_rateLimit_refusesOverLimitUntilWindowEnds() public {
        uint256 start = block.timestamp;
        for (uint256 i = 0; i < 30; ++i) {
            _access(RESPONDER);
            vm.warp(block.timestamp + 1);
        }
        (uint32 remaining, uint48 resetsAt) = consents.emergencyAllowance(RESPONDER);
        assertEq(remaining, 0, "none left");
        assertEq(resetsAt, start + 1 hours, "resets an hour after the first");

        vm.expectRevert(
            abi.encodeWithSelector(ConsentRegistry.EmergencyRateLimited.selector, RESPONDER, uint48(start + 1 hours))
        );
        _access(RESPONDER);

        // Other accessors have their own allowance.
        _access(RESPONDER2);

        vm.warp(start + 1 hours - 1);
        vm.expectRevert(
            abi.encodeWithSelector(ConsentRegistry.EmergencyRateLimited.selector, RESPONDER, uint48(start + 1 hours))
        );
        _access(RESPONDER);

        // From the window's end, a new window starts with the access.
        vm.warp(start + 1 hours);
        vm.expectEmit(address(consents));
        emit ConsentRegistry.EmergencyAccess(patient, RESPONDER, REASON, uint48(start + 1 hours));
        _access(RESPONDER);
        (remaining, resetsAt) = consents.emergencyAllowance(RESPONDER);
        assertEq(remaining, 29, "new window");
        assertEq(resetsAt, start + 2 hours, "new window ends an hour later");
    }

    function test_rateLimit_throughForwarderCountsTheSigner() public {
        vm.prank(address(timelock));
        consents.setEmergencyLimit(1, 1 hours);
        uint256 key = 0x911911;
        address signer = vm.addr(key);
        vm.prank(address(timelock));
        consents.grantRole(emergency, signer);

        bytes memory data = abi.encodeCall(ConsentRegistry.recordEmergencyAccess, (patient, REASON));
        vm.prank(RELAYER);
        forwarder.execute(_forwardRequest(key, address(consents), data, 200_000));
        (uint32 remaining,) = consents.emergencyAllowance(signer);
        assertEq(remaining, 0, "the signer's allowance is used, not the relayer's");
        (remaining,) = consents.emergencyAllowance(RELAYER);
        assertEq(remaining, 1, "relayer untouched");
    }

    function test_setEmergencyLimit_onlyDao() public {
        address[3] memory notAdmins = [REVOKER, RESPONDER, member1];
        for (uint256 i = 0; i < notAdmins.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, notAdmins[i], admin)
            );
            vm.prank(notAdmins[i]);
            consents.setEmergencyLimit(1000, 1 minutes);
        }
        vm.expectEmit(address(consents));
        emit ConsentRegistry.EmergencyLimitSet(2, 1 days);
        vm.prank(address(timelock));
        consents.setEmergencyLimit(2, 1 days);
        (uint32 maxAccesses, uint32 window) = consents.emergencyLimit();
        assertEq(maxAccesses, 2, "max");
        assertEq(window, 1 days, "window");

        _access(RESPONDER);
        _access(RESPONDER);
        vm.expectRevert(
            abi.encodeWithSelector(
                ConsentRegistry.EmergencyRateLimited.selector, RESPONDER, uint48(block.timestamp + 1 days)
            )
        );
        _access(RESPONDER);
    }

    function test_setEmergencyLimit_refusesInvalid() public {
        uint32[2][4] memory bad = [[uint32(0), 1 hours], [uint32(1), 59], [uint32(1), 30 days + 1], [uint32(0), 0]];
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(ConsentRegistry.InvalidEmergencyLimit.selector, bad[i][0], bad[i][1])
            );
            vm.prank(address(timelock));
            consents.setEmergencyLimit(bad[i][0], bad[i][1]);
        }
    }

    /// @dev Any schedule of accesses: the contract accepts exactly what a fixed-window model of the limit accepts,
    /// and never more than `max` accesses in one window.
    function testFuzz_rateLimit_matchesFixedWindowModel(uint8 maxSeed, uint16 windowSeed, uint16[24] memory gaps)
        public
    {
        uint32 max = uint32(bound(maxSeed, 1, 5));
        uint32 window = uint32(bound(windowSeed, 60, 600));
        vm.prank(address(timelock));
        consents.setEmergencyLimit(max, window);
        uint256 windowStart;
        uint256 count;
        for (uint256 i = 0; i < gaps.length; ++i) {
            vm.warp(block.timestamp + bound(gaps[i], 0, 300));
            bool modelAccepts;
            if (windowStart == 0 || block.timestamp >= windowStart + window) {
                (windowStart, count, modelAccepts) = (block.timestamp, 1, true);
            } else if (count < max) {
                (count, modelAccepts) = (count + 1, true);
            }
            vm.prank(RESPONDER);
            try consents.recordEmergencyAccess(patient, REASON) {
                assertTrue(modelAccepts, "accepted an access over the limit");
            } catch (bytes memory err) {
                assertFalse(modelAccepts, "refused an access within the limit");
                assertEq(
                    keccak256(err),
                    keccak256(
                        abi.encodeWithSelector(
                            ConsentRegistry.EmergencyRateLimited.selector, RESPONDER, uint48(windowStart + window)
                        )
                    ),
                    "refused with EmergencyRateLimited and the window's end"
                );
            }
            assertLe(count, max, "never more than max in a window");
        }
    }

    // ------------------------------------------------------------------ fast revocation

    /// @dev The revoker stops a stolen key in one transaction: no proposal, no timelock delay.
    function test_revoker_revokesEmergencyRoleAtOnce() public {
        _access(RESPONDER);
        vm.expectEmit(address(consents));
        emit IAccessControl.RoleRevoked(emergency, RESPONDER, REVOKER);
        vm.prank(REVOKER);
        consents.revokeEmergencyRole(RESPONDER);
        assertFalse(consents.hasRole(emergency, RESPONDER), "revoked");
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, RESPONDER, emergency)
        );
        _access(RESPONDER);
        _access(RESPONDER2); // the others keep theirs

        // Revoking again (or a non-responder) is refused, so a revoker knows nothing happened.
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotEmergencyResponder.selector, RESPONDER));
        vm.prank(REVOKER);
        consents.revokeEmergencyRole(RESPONDER);

        // Only the DAO grants it back.
        vm.prank(address(timelock));
        consents.grantRole(emergency, RESPONDER);
        _access(RESPONDER);
    }

    function test_revoker_canDoNothingElse() public {
        vm.startPrank(REVOKER);
        // cannot grant EMERGENCY_ROLE (to itself or anyone)
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, REVOKER, admin)
        );
        consents.grantRole(emergency, REVOKER);
        // cannot use AccessControl's revokeRole, on any role
        bytes32[3] memory roles = [emergency, revoker, admin];
        for (uint256 i = 0; i < roles.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, REVOKER, admin)
            );
            consents.revokeRole(roles[i], address(timelock));
        }
        // cannot change the rate limit, nor record emergency access
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, REVOKER, admin)
        );
        consents.setEmergencyLimit(1000, 1 minutes);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, REVOKER, emergency)
        );
        consents.recordEmergencyAccess(patient, REASON);
        // revokeEmergencyRole touches EMERGENCY_ROLE only: the timelock's admin role is not an emergency role
        vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotEmergencyResponder.selector, address(timelock)));
        consents.revokeEmergencyRole(address(timelock));
        vm.stopPrank();
        assertTrue(consents.hasRole(admin, address(timelock)), "timelock still admin");
        assertEq(consents.getRoleAdmin(revoker), admin, "the DAO administers the revoker role");
        assertEq(consents.getRoleAdmin(emergency), admin, "and the emergency role");
    }

    function test_revokeEmergencyRole_onlyRevoker() public {
        address[4] memory callers = [RESPONDER, RESPONDER2, member1, address(this)];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.expectRevert(
                abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], revoker)
            );
            vm.prank(callers[i]);
            consents.revokeEmergencyRole(RESPONDER2);
        }
        // The timelock (admin) uses revokeRole; it does not hold the revoker role itself.
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(timelock), revoker)
        );
        vm.prank(address(timelock));
        consents.revokeEmergencyRole(RESPONDER2);
        assertTrue(consents.hasRole(emergency, RESPONDER2), "still a responder");
    }

    /// @dev Whoever the revoker targets, only that account's EMERGENCY_ROLE changes.
    function testFuzz_revoker_onlyEverRemovesEmergencyRole(address target) public {
        vm.assume(target != RESPONDER && target != RESPONDER2);
        bool wasResponder = consents.hasRole(emergency, target);
        vm.prank(REVOKER);
        if (!wasResponder) {
            vm.expectRevert(abi.encodeWithSelector(ConsentRegistry.NotEmergencyResponder.selector, target));
        }
        consents.revokeEmergencyRole(target);
        assertFalse(consents.hasRole(emergency, target), "target holds no emergency role");
        assertTrue(consents.hasRole(emergency, RESPONDER), "others untouched");
        assertTrue(consents.hasRole(emergency, RESPONDER2), "others untouched");
        assertTrue(consents.hasRole(admin, address(timelock)), "admin untouched");
        assertTrue(consents.hasRole(revoker, REVOKER), "revoker untouched");
    }
}
