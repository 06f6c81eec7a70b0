package org.chitieu.task;

import java.util.List;

import org.chitieu.security.ChiTieuUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inbox")
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	InboxResponse list(@AuthenticationPrincipal ChiTieuUser user) {
		return new InboxResponse(this.inbox.unread(user), this.inbox.list(user));
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void markRead(@AuthenticationPrincipal ChiTieuUser user, @PathVariable long id) {
		this.inbox.markRead(user, id);
	}

	/** Where the user's task notifications are mailed; an empty address stops the mail. */
	@PutMapping("/address")
	Address saveAddress(@AuthenticationPrincipal ChiTieuUser user, @RequestBody Address address) {
		this.inbox.saveAddress(user, address.email());
		return new Address(this.inbox.address(user));
	}

	record InboxResponse(int unread, List<Notification> notifications) {
	}

	record Address(String email) {
	}

}
