// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title BevanTimelock
/// @notice OpenZeppelin's TimelockController, named for Bevan. It holds every admin role in Bevan and executes the
/// proposals the BevanGovernor passes after `minDelay` seconds.
/// @dev The deployer is the bootstrap admin only until the Governor exists: the deployment then grants the Governor
/// PROPOSER_ROLE and CANCELLER_ROLE, leaves execution open (EXECUTOR_ROLE to the zero address) and renounces its admin
/// role, after which the timelock administers itself.
contract BevanTimelock is TimelockController {
    /// @param minDelay Seconds between queueing and executing an operation.
    /// @param bootstrapAdmin The deployer, for the hand-over to the Governor; it renounces right after.
    constructor(uint256 minDelay, address bootstrapAdmin)
        TimelockController(minDelay, new address[](0), new address[](0), bootstrapAdmin)
    {}
}
