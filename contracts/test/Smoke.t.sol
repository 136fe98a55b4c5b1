// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./utils/BevanFixture.sol";

contract SmokeTest is BevanFixture {
    function test_fixtureDeploys() public view {
        assertEq(membership.memberCount(), 3, "founders");
        assertTrue(!timelock.hasRole(timelock.DEFAULT_ADMIN_ROLE(), address(this)), "deployer renounced");
    }
}
