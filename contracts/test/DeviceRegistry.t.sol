// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {DeviceFixture} from "./utils/DeviceFixture.sol";
import {DeviceRegistry} from "../src/DeviceRegistry.sol";
import {IDeviceRegistry} from "../src/interfaces/IDeviceRegistry.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

contract DeviceRegistryTest is DeviceFixture {
    address internal constant FRIDGE = address(0xF1D6E);
    address internal constant FRIDGE2 = address(0xF1D6E2);
    address internal constant OXIMETER = address(0x0C5);
    uint8 internal constant COLD_STORE = 1;
    uint8 internal constant PULSE_OXIMETER = 2;

    function _lots(uint256 n) internal pure returns (string[] memory lots) {
        lots = new string[](n);
        for (uint256 i = 0; i < n; ++i) {
            lots[i] = "FL1234AB";
        }
    }

    function _fridge() internal {
        vm.prank(member1);
        devices.register(FRIDGE, COLD_STORE, SITE, address(0));
    }

    function test_RegisterStoresTheDeviceAndEmits() public {
        vm.expectEmit(address(devices));
        emit DeviceRegistry.DeviceRegistered(OXIMETER, member2, patient, PULSE_OXIMETER, "A81001");
        vm.prank(member2);
        devices.register(OXIMETER, PULSE_OXIMETER, "A81001", patient);
        IDeviceRegistry.Device memory d = devices.deviceOf(OXIMETER);
        assertEq(d.registrar, member2, "registrar");
        assertEq(d.patient, patient, "patient");
        assertEq(d.registeredAt, block.timestamp, "registeredAt");
        assertEq(d.kind, PULSE_OXIMETER, "kind");
        assertTrue(d.active && devices.isActive(OXIMETER), "active");
        assertEq(bytes32(d.site), bytes32(bytes8("A81001")), "site");
        assertEq(devices.deviceOf(FRIDGE).registeredAt, 0, "never registered reads zero");
    }

    function test_RegisterThroughTheForwarder() public {
        vm.prank(RELAYER);
        forwarder.execute(
            _forwardRequest(
                MEMBER1_KEY,
                address(devices),
                abi.encodeCall(DeviceRegistry.register, (FRIDGE, COLD_STORE, SITE, address(0))),
                200_000
            )
        );
        assertEq(devices.deviceOf(FRIDGE).registrar, member1, "the signer registered it");
    }

    function test_RegisterRefusesWhatIsInvalid() public {
        bytes32 role = devices.DEVICE_REGISTRAR_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        vm.prank(stranger);
        devices.register(FRIDGE, COLD_STORE, SITE, address(0));

        vm.startPrank(member1);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidDeviceKind.selector, uint8(0)));
        devices.register(FRIDGE, 0, SITE, address(0));
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidDeviceKind.selector, uint8(7)));
        devices.register(FRIDGE, 7, SITE, address(0));
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidOdsCode.selector, bytes8("rj1")));
        devices.register(FRIDGE, COLD_STORE, "rj1", address(0));
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidOdsCode.selector, bytes8(0)));
        devices.register(FRIDGE, COLD_STORE, bytes8(0), address(0));
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidPatient.selector, FRIDGE, patient));
        devices.register(FRIDGE, COLD_STORE, SITE, patient);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidPatient.selector, OXIMETER, OXIMETER));
        devices.register(OXIMETER, PULSE_OXIMETER, SITE, OXIMETER);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidDevice.selector, address(0)));
        devices.register(address(0), PULSE_OXIMETER, SITE, patient);
        devices.register(FRIDGE, COLD_STORE, SITE, address(0));
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.DeviceAlreadyRegistered.selector, FRIDGE));
        devices.register(FRIDGE, COLD_STORE, SITE, address(0));
        vm.stopPrank();
    }

    function test_DeregisterByItsRegistrarOrTheTimelockOnly() public {
        _fridge();
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.NotDeviceRegistrar.selector, member2, FRIDGE));
        vm.prank(member2);
        devices.deregister(FRIDGE);

        vm.expectEmit(address(devices));
        emit DeviceRegistry.DeviceDeregistered(FRIDGE, member1);
        vm.prank(member1);
        devices.deregister(FRIDGE);
        assertFalse(devices.isActive(FRIDGE), "inactive");
        assertEq(devices.deviceOf(FRIDGE).registrar, member1, "the record stays");

        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.DeviceNotActive.selector, FRIDGE));
        vm.prank(member1);
        devices.deregister(FRIDGE);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.DeviceAlreadyRegistered.selector, FRIDGE));
        vm.prank(member1);
        devices.register(FRIDGE, COLD_STORE, SITE, address(0));

        // The DAO removes a device of a registrar whose role it revoked.
        vm.prank(member1);
        devices.register(FRIDGE2, COLD_STORE, SITE, address(0));
        bytes32 role = devices.DEVICE_REGISTRAR_ROLE();
        vm.prank(address(timelock));
        devices.revokeRole(role, member1);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, member1, role));
        vm.prank(member1);
        devices.deregister(FRIDGE2);
        vm.expectEmit(address(devices));
        emit DeviceRegistry.DeviceDeregistered(FRIDGE2, address(timelock));
        vm.prank(address(timelock));
        devices.deregister(FRIDGE2);
    }

    function test_RotateKeyMovesTheDeviceForGood() public {
        vm.prank(member2);
        devices.register(OXIMETER, PULSE_OXIMETER, "A81001", patient);
        address next = address(0x0C52);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.NotDeviceRegistrar.selector, member1, OXIMETER));
        vm.prank(member1);
        devices.rotateKey(OXIMETER, next);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidPatient.selector, patient, patient));
        vm.prank(member2);
        devices.rotateKey(OXIMETER, patient);

        vm.warp(block.timestamp + 1 days);
        vm.expectEmit(address(devices));
        emit DeviceRegistry.DeviceKeyRotated(OXIMETER, next, member2);
        vm.prank(member2);
        devices.rotateKey(OXIMETER, next);
        IDeviceRegistry.Device memory d = devices.deviceOf(next);
        assertTrue(d.active && !devices.isActive(OXIMETER), "new active, old inactive");
        assertEq(d.registrar, member2, "registrar inherited");
        assertEq(d.patient, patient, "patient inherited");
        assertEq(d.kind, PULSE_OXIMETER, "kind inherited");
        assertEq(bytes32(d.site), bytes32(bytes8("A81001")), "site inherited");
        assertEq(d.registeredAt, block.timestamp, "registered now");

        vm.startPrank(member2);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.DeviceAlreadyRegistered.selector, OXIMETER));
        devices.rotateKey(next, OXIMETER);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.DeviceNotActive.selector, OXIMETER));
        devices.rotateKey(OXIMETER, address(0xBEEF));
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidDevice.selector, address(0)));
        devices.rotateKey(next, address(0));
        vm.stopPrank();
    }

    function test_RecordExcursionEmitsNumberedExcursions() public {
        _fridge();
        uint48 endedAt = uint48(block.timestamp);
        uint48 startedAt = endedAt - 40 minutes;
        string[] memory lots = _lots(2);
        vm.expectEmit(address(devices));
        emit DeviceRegistry.ExcursionRecorded(1, FRIDGE, SITE, GATEWAY, startedAt, endedAt, 810, 950, ROOT, lots);
        vm.prank(GATEWAY);
        devices.recordExcursion(FRIDGE, startedAt, endedAt, 810, 950, ROOT, lots);
        vm.expectEmit(address(devices));
        emit DeviceRegistry.ExcursionRecorded(
            2, FRIDGE, SITE, GATEWAY, startedAt, endedAt, -250, 120, ROOT, new string[](0)
        );
        vm.prank(GATEWAY);
        devices.recordExcursion(FRIDGE, startedAt, endedAt, -250, 120, ROOT, new string[](0));
        assertEq(devices.excursionCount(), 2, "count");
    }

    function test_RecordExcursionRefusesWhatIsInvalid() public {
        _fridge();
        vm.prank(member2);
        devices.register(OXIMETER, PULSE_OXIMETER, "A81001", patient);
        uint48 t = uint48(block.timestamp);
        string[] memory lots = _lots(1);
        bytes32 role = devices.TELEMETRY_GATEWAY_ROLE();

        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, member1, role));
        vm.prank(member1);
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, ROOT, lots);

        vm.startPrank(GATEWAY);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.NotColdStore.selector, OXIMETER, PULSE_OXIMETER));
        devices.recordExcursion(OXIMETER, t - 60, t, 810, 950, ROOT, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.DeviceNotActive.selector, FRIDGE2));
        devices.recordExcursion(FRIDGE2, t - 60, t, 810, 950, ROOT, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidExcursionTimes.selector, t, t));
        devices.recordExcursion(FRIDGE, t, t, 810, 950, ROOT, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidExcursionTimes.selector, t - 60, t + 1));
        devices.recordExcursion(FRIDGE, t - 60, t + 1, 810, 950, ROOT, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidExcursionTimes.selector, uint48(0), t));
        devices.recordExcursion(FRIDGE, 0, t, 810, 950, ROOT, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidTemperatures.selector, int32(951), int32(950)));
        devices.recordExcursion(FRIDGE, t - 60, t, 951, 950, ROOT, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.TooManyLots.selector, uint256(33)));
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, ROOT, _lots(33));
        string[] memory bad = _lots(3);
        bad[2] = "";
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidLot.selector, uint256(2)));
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, ROOT, bad);
        bad[2] = "012345678901234567890123456789012"; // 33 bytes
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidLot.selector, uint256(2)));
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, ROOT, bad);
        bytes32 other = keccak256("not anchored");
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.BatchNotAnchored.selector, GATEWAY, other));
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, other, lots);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.BatchNotAnchored.selector, GATEWAY, bytes32(0)));
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, bytes32(0), lots);
        vm.stopPrank();
        assertEq(devices.excursionCount(), 0, "nothing recorded");
    }

    /// @dev A root another custodian anchored does not prove this gateway's excursion.
    function test_RecordExcursionNeedsTheGatewaysOwnBatch() public {
        _fridge();
        bytes32 theirs = keccak256("the trust's batch");
        bytes32 custodianRole = anchors.CUSTODIAN_ROLE();
        vm.prank(address(timelock));
        anchors.grantRole(custodianRole, member1);
        vm.prank(member1);
        anchors.anchorBatch(theirs, 3, "");
        uint48 t = uint48(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.BatchNotAnchored.selector, GATEWAY, theirs));
        vm.prank(GATEWAY);
        devices.recordExcursion(FRIDGE, t - 60, t, 810, 950, theirs, _lots(1));
    }

    /// @dev Registration succeeds exactly for kinds 1..6 and well-formed site codes.
    function testFuzz_RegisterValidatesKindAndSite(uint8 kind, bytes8 site) public {
        bool kindOk = kind >= 1 && kind <= 6;
        bool siteOk = uint64(site) != 0;
        bool ended = false;
        for (uint256 i = 0; i < 8; ++i) {
            bytes1 ch = site[i];
            if (ch == 0) ended = true;
            else if (ended || !((ch >= "A" && ch <= "Z") || (ch >= "0" && ch <= "9"))) siteOk = false;
        }
        if (!kindOk) {
            vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidDeviceKind.selector, kind));
        } else if (!siteOk) {
            vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidOdsCode.selector, site));
        }
        vm.prank(member1);
        devices.register(FRIDGE, kind, site, address(0));
        assertEq(devices.isActive(FRIDGE), kindOk && siteOk, "active iff valid");
    }

    /// @dev An excursion is recorded exactly when 0 < startedAt < endedAt <= now and min <= max.
    function testFuzz_RecordExcursionTimesAndTemperatures(uint48 startedAt, uint48 endedAt, int32 lo, int32 hi) public {
        _fridge();
        uint48 t = uint48(block.timestamp);
        bool timesOk = startedAt != 0 && startedAt < endedAt && endedAt <= t;
        if (!timesOk) {
            vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidExcursionTimes.selector, startedAt, endedAt));
        } else if (lo > hi) {
            vm.expectRevert(abi.encodeWithSelector(DeviceRegistry.InvalidTemperatures.selector, lo, hi));
        }
        vm.prank(GATEWAY);
        devices.recordExcursion(FRIDGE, startedAt, endedAt, lo, hi, ROOT, _lots(1));
        assertEq(devices.excursionCount(), timesOk && lo <= hi ? 1 : 0, "recorded iff valid");
    }
}
