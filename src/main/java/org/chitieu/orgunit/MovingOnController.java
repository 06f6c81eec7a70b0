package org.chitieu.orgunit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/orgunits/{code}/move-to-successor}: the administrator moves an ended unit on. */
@RestController
class MovingOnController {

	private final MovingOn movingOn;

	MovingOnController(MovingOn movingOn) {
		this.movingOn = movingOn;
	}

	@PostMapping("/api/v1/orgunits/{code}/move-to-successor")
	@PreAuthorize("hasRole('ADMIN')")
	MoveOn moveToSuccessor(@PathVariable String code, @RequestBody(required = false) Request request,
			@AuthenticationPrincipal UserDetails user) {
		return this.movingOn.moveToSuccessor(code, (request != null) ? request.successor() : null, user.getUsername());
	}

	/** @param successor the successor that takes everything; may be left out when there is only one */
	record Request(String successor) {
	}

}
