// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Handler} from "./utils/Handler.sol";
import {DeviceFixture} from "./utils/DeviceFixture.sol";
import {DeviceRegistry} from "../src/DeviceRegistry.sol";
import {IDeviceRegistry} from "../src/interfaces/IDeviceRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @dev Two registrars and a stranger register, deregister and rotate the keys of devices drawn from a small pool of
/// addresses (so re-registration, rotation onto a used key and acting on another registrar's device happen often),
/// the DAO's timelock revokes and grants the second registrar's role and deregisters, and the gateway records
/// excursions of any pool device. Outcomes are predicted from ghost state; surprises are counted.
contract DeviceHandler is Handler {
    uint256 public constant POOL = 8;

    DeviceRegistry internal immutable devices;
    address internal immutable timelock;
    address internal immutable gateway;
    bytes32 internal immutable root;
    bytes32 internal immutable registrarRole;
    address public immutable registrar1;
    address public immutable registrar2;

    mapping(address device => bool) public everRegistered;
    mapping(address device => bool) public ghostActive;
    mapping(address device => uint8) public ghostKind;
    mapping(address device => address) public ghostRegistrar;
    /// @dev The registration a key belongs to: its first key's pool index plus one, inherited by rotation.
    mapping(address device => uint256) public lineage;
    mapping(address account => bool) public ghostRegistrarRole;
    uint256 public lineages;
    uint256 public ghostExcursions;

    constructor(DeviceRegistry devices_, address timelock_, address gateway_, bytes32 root_, address r1, address r2)
        Handler(7 days)
    {
        devices = devices_;
        timelock = timelock_;
        gateway = gateway_;
        root = root_;
        registrarRole = devices_.DEVICE_REGISTRAR_ROLE();
        registrar1 = r1;
        registrar2 = r2;
        ghostRegistrarRole[r1] = true;
        ghostRegistrarRole[r2] = true;
    }

    function device(uint256 seed) public pure returns (address) {
        return address(uint160(0xD000 + seed % POOL));
    }

    function _who(uint256 seed) internal view returns (address) {
        return _pick(seed, registrar1, registrar2);
    }

    function register(uint256 whoSeed, uint256 deviceSeed, uint8 kind) external {
        address by = _who(whoSeed);
        address d = device(deviceSeed);
        kind = uint8(bound(kind, 1, 6));
        bytes memory want;
        if (!ghostRegistrarRole[by]) {
            want = abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, by, registrarRole);
        } else if (everRegistered[d]) {
            want = abi.encodeWithSelector(DeviceRegistry.DeviceAlreadyRegistered.selector, d);
        }
        vm.prank(by);
        try devices.register(d, kind, "RJ1", address(0)) {
            _succeeded(want);
            everRegistered[d] = true;
            ghostActive[d] = true;
            ghostKind[d] = kind;
            ghostRegistrar[d] = by;
            lineage[d] = ++lineages;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function _expectedManageError(address by, address d) internal view returns (bytes memory) {
        if (!ghostActive[d]) return abi.encodeWithSelector(DeviceRegistry.DeviceNotActive.selector, d);
        if (by == timelock) return "";
        if (ghostRegistrar[d] != by) return abi.encodeWithSelector(DeviceRegistry.NotDeviceRegistrar.selector, by, d);
        if (!ghostRegistrarRole[by]) {
            return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, by, registrarRole);
        }
        return "";
    }

    function deregister(uint256 whoSeed, uint256 deviceSeed) external {
        address by = whoSeed % 7 == 6 ? timelock : _who(whoSeed);
        address d = device(deviceSeed);
        bytes memory want = _expectedManageError(by, d);
        vm.prank(by);
        try devices.deregister(d) {
            _succeeded(want);
            ghostActive[d] = false;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function rotateKey(uint256 whoSeed, uint256 deviceSeed, uint256 newSeed) external {
        address by = _who(whoSeed);
        address d = device(deviceSeed);
        address next = device(newSeed);
        bytes memory want = _expectedManageError(by, d);
        if (want.length == 0 && everRegistered[next]) {
            want = abi.encodeWithSelector(DeviceRegistry.DeviceAlreadyRegistered.selector, next);
        }
        vm.prank(by);
        try devices.rotateKey(d, next) {
            _succeeded(want);
            ghostActive[d] = false;
            everRegistered[next] = true;
            ghostActive[next] = true;
            ghostKind[next] = ghostKind[d];
            ghostRegistrar[next] = by;
            lineage[next] = lineage[d];
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    function recordExcursion(uint256 deviceSeed, uint32 duration) external {
        address d = device(deviceSeed);
        uint48 endedAt = uint48(block.timestamp);
        uint48 startedAt = endedAt - uint48(bound(duration, 1, 1 days));
        bytes memory want;
        if (!ghostActive[d]) {
            want = abi.encodeWithSelector(DeviceRegistry.DeviceNotActive.selector, d);
        } else if (ghostKind[d] != 1) {
            want = abi.encodeWithSelector(DeviceRegistry.NotColdStore.selector, d, ghostKind[d]);
        }
        vm.prank(gateway);
        try devices.recordExcursion(d, startedAt, endedAt, 810, 950, root, new string[](1)) {
            ++unexpectedSuccesses; // an empty lot number is never accepted
        } catch (bytes memory err) {
            _reverted(
                want.length != 0 ? want : abi.encodeWithSelector(DeviceRegistry.InvalidLot.selector, uint256(0)), err
            );
        }
        string[] memory lots = new string[](1);
        lots[0] = "FL1234AB";
        vm.prank(gateway);
        try devices.recordExcursion(d, startedAt, endedAt, 810, 950, root, lots) {
            _succeeded(want);
            ++ghostExcursions;
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    /// @dev The DAO's timelock revokes or grants the second registrar's role: this must always succeed.
    function toggleRegistrar2() external {
        ghostRegistrarRole[registrar2] = _toggleRole(
            timelock, IAccessControl(address(devices)), registrarRole, registrar2, ghostRegistrarRole[registrar2]
        );
    }
}

contract DeviceInvariantsTest is DeviceFixture {
    DeviceHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new DeviceHandler(devices, address(timelock), GATEWAY, ROOT, member1, member2);
        targetContract(address(handler));
    }

    /// @dev Every pool address reads back as the model says: active exactly while its registration is live, and a
    /// key that was deregistered or rotated away never active again (the model never reactivates one).
    function invariant_devicesMatchTheModel() public view {
        for (uint256 i = 0; i < handler.POOL(); ++i) {
            address d = handler.device(i);
            IDeviceRegistry.Device memory got = devices.deviceOf(d);
            assertEq(got.active, handler.ghostActive(d), "active");
            assertEq(got.registeredAt != 0, handler.everRegistered(d), "registered");
            if (got.registeredAt != 0) {
                assertEq(got.kind, handler.ghostKind(d), "kind");
                assertEq(got.registrar, handler.ghostRegistrar(d), "registrar");
            }
        }
    }

    /// @dev One registration (a first key and the keys rotated from it) has at most one active key.
    function invariant_oneActiveKeyPerRegistration() public view {
        uint256 n = handler.lineages();
        uint256[] memory active = new uint256[](n + 1);
        for (uint256 i = 0; i < handler.POOL(); ++i) {
            address d = handler.device(i);
            if (devices.isActive(d)) {
                uint256 l = handler.lineage(d);
                ++active[l];
                assertLe(active[l], 1, "two active keys in one registration");
            }
        }
    }

    /// @dev Excursions were recorded only for active cold-store sensors (every call did what the model predicted),
    /// numbered one by one.
    function invariant_excursionsOnlyForColdStoreSensors() public view {
        assertEq(handler.unexpectedSuccesses(), 0, "unexpected successes");
        assertEq(handler.unexpectedReverts(), 0, "unexpected reverts");
        assertEq(devices.excursionCount(), handler.ghostExcursions(), "excursion count");
    }
}
