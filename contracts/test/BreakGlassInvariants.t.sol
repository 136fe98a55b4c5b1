// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";
import {Vm} from "./utils/Test.sol";
import {ConsentRegistry} from "../src/ConsentRegistry.sol";

/// @dev Drives break-glass: responders record emergency accesses as time passes, the DAO (timelock) grants the role
/// and changes the limit, the revoker revokes. A model of the limit says what must be accepted; any difference, or
/// a revoker gaining a role, is recorded as a violation.
contract BreakGlassHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    ConsentRegistry internal immutable consents;
    address internal immutable timelock;
    address internal immutable patient;
    address public constant REVOKER = address(0x5707);
    uint256 internal constant ACCESSORS = 4;

    struct Window {
        uint256 start;
        uint256 count;
    }

    mapping(address accessor => Window) internal model;
    uint32 public maxAccesses = 30;
    uint32 public window = 1 hours;
    uint256 public accepted;
    uint256 public refused;
    uint256 public revocations;
    string public violation;

    constructor(ConsentRegistry consents_, address timelock_, address patient_) {
        consents = consents_;
        timelock = timelock_;
        patient = patient_;
    }

    function accessor(uint256 seed) public pure returns (address) {
        return address(uint160(0x9110 + seed % ACCESSORS));
    }

    function access(uint256 seed) external {
        address a = accessor(seed);
        bool holds = consents.hasRole(consents.EMERGENCY_ROLE(), a);
        Window storage w = model[a];
        bool newWindow = w.start == 0 || block.timestamp >= w.start + window;
        bool expect = holds && (newWindow || w.count < maxAccesses);
        vm.prank(a);
        try consents.recordEmergencyAccess(patient, keccak256(abi.encode(seed))) {
            if (!expect) violation = "an access over the limit, or without the role, was accepted";
            if (newWindow) (w.start, w.count) = (block.timestamp, 1);
            else ++w.count;
            ++accepted;
        } catch {
            if (expect) violation = "an access within the limit was refused";
            ++refused;
        }
    }

    function warp(uint256 secs) external {
        vm.warp(block.timestamp + secs % 2 hours);
    }

    function daoGrant(uint256 seed) external {
        vm.startPrank(timelock);
        consents.grantRole(consents.EMERGENCY_ROLE(), accessor(seed));
        vm.stopPrank();
    }

    function daoSetLimit(uint32 max, uint32 win) external {
        max = uint32(1 + max % 10);
        win = uint32(60 + win % (3 hours));
        vm.prank(timelock);
        consents.setEmergencyLimit(max, win);
        (maxAccesses, window) = (max, win);
    }

    function revoke(uint256 seed) external {
        address a = accessor(seed);
        bool holds = consents.hasRole(consents.EMERGENCY_ROLE(), a);
        vm.prank(REVOKER);
        try consents.revokeEmergencyRole(a) {
            if (!holds) violation = "revoked a role that was not held";
            ++revocations;
        } catch {
            if (holds) violation = "the revoker could not revoke a responder";
        }
        if (consents.hasRole(consents.EMERGENCY_ROLE(), a)) violation = "still a responder after revocation";
    }

    /// @dev The revoker tries to grant itself (or an accessor) the emergency or admin role.
    function revokerEscalates(uint256 seed) external {
        vm.startPrank(REVOKER);
        try consents.grantRole(consents.EMERGENCY_ROLE(), accessor(seed)) {
            violation = "the revoker granted EMERGENCY_ROLE";
        } catch {}
        try consents.grantRole(consents.DEFAULT_ADMIN_ROLE(), REVOKER) {
            violation = "the revoker granted itself admin";
        } catch {}
        try consents.setEmergencyLimit(type(uint32).max, 60) {
            violation = "the revoker changed the limit";
        } catch {}
        vm.stopPrank();
    }
}

contract BreakGlassInvariantsTest is BevanFixture {
    BreakGlassHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new BreakGlassHandler(consents, address(timelock), patient);
        vm.startPrank(address(timelock));
        consents.grantRole(consents.EMERGENCY_REVOKER_ROLE(), handler.REVOKER());
        for (uint256 i = 0; i < 4; ++i) {
            consents.grantRole(consents.EMERGENCY_ROLE(), handler.accessor(i));
        }
        vm.stopPrank();
        targetContract(address(handler));
    }

    /// @dev The contract accepted exactly what the fixed-window model of the limit allows, and nobody escalated.
    function invariant_acceptsExactlyTheModel() public view {
        assertEq(keccak256(bytes(handler.violation())), keccak256(""), handler.violation());
        (uint32 max, uint32 window) = consents.emergencyLimit();
        assertEq(max, handler.maxAccesses(), "limit");
        assertEq(window, handler.window(), "window");
    }

    /// @dev No accessor has more left than the limit, and the revoker holds nothing but its own role.
    function invariant_allowanceBoundedAndRevokerPowerless() public view {
        (uint32 max,) = consents.emergencyLimit();
        for (uint256 i = 0; i < 4; ++i) {
            (uint32 remaining,) = consents.emergencyAllowance(handler.accessor(i));
            assertLe(remaining, max, "allowance within the limit");
        }
        address r = handler.REVOKER();
        assertFalse(consents.hasRole(consents.EMERGENCY_ROLE(), r), "revoker is no responder");
        assertFalse(consents.hasRole(consents.DEFAULT_ADMIN_ROLE(), r), "revoker is no admin");
        assertTrue(consents.hasRole(consents.EMERGENCY_REVOKER_ROLE(), r), "revoker keeps its role");
        assertTrue(consents.hasRole(consents.DEFAULT_ADMIN_ROLE(), address(timelock)), "the DAO stays admin");
    }
}
