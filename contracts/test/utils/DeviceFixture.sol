// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./BevanFixture.sol";
import {DeviceRegistry} from "../../src/DeviceRegistry.sol";

/// @dev The suite plus DeviceRegistry as `bevan deploy` makes it: the trust (member1) and the GP practice (member2)
/// register devices; the custodian is also the telemetry gateway, with one reading batch (ROOT) anchored.
abstract contract DeviceFixture is BevanFixture {
    bytes8 internal constant SITE = "RJ1";
    bytes32 internal constant ROOT = keccak256("reading batch 1");
    address internal constant GATEWAY = CUSTODIAN;

    DeviceRegistry internal devices;

    function setUp() public virtual override {
        super.setUp();
        address[] memory registrars = new address[](2);
        registrars[0] = member1;
        registrars[1] = member2;
        address[] memory gateways = new address[](1);
        gateways[0] = GATEWAY;
        devices = new DeviceRegistry(address(forwarder), anchors, address(timelock), registrars, gateways);
        vm.prank(GATEWAY);
        anchors.anchorBatch(ROOT, 1440, "bevan://telemetry/batches/1");
    }
}
